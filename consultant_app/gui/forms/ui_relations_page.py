# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'relations_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QTableView, QVBoxLayout, QWidget)

class Ui_RelationsPage(object):
    def setupUi(self, relations_page):
        if not relations_page.objectName():
            relations_page.setObjectName(u"relations_page")
        relations_page.resize(820, 560)
        self.layout = QHBoxLayout(relations_page)
        self.layout.setObjectName(u"layout")
        self.list_layout = QVBoxLayout()
        self.list_layout.setObjectName(u"list_layout")
        self.year_layout = QHBoxLayout()
        self.year_layout.setObjectName(u"year_layout")
        self.list_year_label = QLabel(relations_page)
        self.list_year_label.setObjectName(u"list_year_label")

        self.year_layout.addWidget(self.list_year_label)

        self.list_year_spin = QSpinBox(relations_page)
        self.list_year_spin.setObjectName(u"list_year_spin")
        self.list_year_spin.setMinimum(1900)
        self.list_year_spin.setMaximum(2200)

        self.year_layout.addWidget(self.list_year_spin)

        self.year_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.year_layout.addItem(self.year_spacer)


        self.list_layout.addLayout(self.year_layout)

        self.list_view = QTableView(relations_page)
        self.list_view.setObjectName(u"list_view")
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.setAlternatingRowColors(True)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list_view.setTabKeyNavigation(False)
        self.list_view.setWordWrap(False)

        self.list_layout.addWidget(self.list_view)

        self.count_label = QLabel(relations_page)
        self.count_label.setObjectName(u"count_label")
        self.count_label.setText(u"")
        self.count_label.setWordWrap(True)

        self.list_layout.addWidget(self.count_label)


        self.layout.addLayout(self.list_layout)

        self.form_box = QGroupBox(relations_page)
        self.form_box.setObjectName(u"form_box")
        self.form_box_layout = QVBoxLayout(self.form_box)
        self.form_box_layout.setObjectName(u"form_box_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.partner_id_label = QLabel(self.form_box)
        self.partner_id_label.setObjectName(u"partner_id_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.partner_id_label)

        self.partner_id_box = QVBoxLayout()
        self.partner_id_box.setSpacing(2)
        self.partner_id_box.setObjectName(u"partner_id_box")
        self.partner_id_box.setContentsMargins(0, 0, 0, 0)
        self.partner_combo = QComboBox(self.form_box)
        self.partner_combo.setObjectName(u"partner_combo")

        self.partner_id_box.addWidget(self.partner_combo)

        self.partner_id_error = QLabel(self.form_box)
        self.partner_id_error.setObjectName(u"partner_id_error")
        self.partner_id_error.setText(u"")
        self.partner_id_error.setWordWrap(True)

        self.partner_id_box.addWidget(self.partner_id_error)


        self.form_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.partner_id_box)

        self.date_label = QLabel(self.form_box)
        self.date_label.setObjectName(u"date_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.date_label)

        self.date_box = QVBoxLayout()
        self.date_box.setSpacing(2)
        self.date_box.setObjectName(u"date_box")
        self.date_box.setContentsMargins(0, 0, 0, 0)
        self.date_edit = QLineEdit(self.form_box)
        self.date_edit.setObjectName(u"date_edit")

        self.date_box.addWidget(self.date_edit)

        self.date_error = QLabel(self.form_box)
        self.date_error.setObjectName(u"date_error")
        self.date_error.setText(u"")
        self.date_error.setWordWrap(True)

        self.date_box.addWidget(self.date_error)


        self.form_layout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.date_box)

        self.kind_label = QLabel(self.form_box)
        self.kind_label.setObjectName(u"kind_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_box = QVBoxLayout()
        self.kind_box.setSpacing(2)
        self.kind_box.setObjectName(u"kind_box")
        self.kind_box.setContentsMargins(0, 0, 0, 0)
        self.kind_combo = QComboBox(self.form_box)
        self.kind_combo.setObjectName(u"kind_combo")

        self.kind_box.addWidget(self.kind_combo)

        self.kind_error = QLabel(self.form_box)
        self.kind_error.setObjectName(u"kind_error")
        self.kind_error.setText(u"")
        self.kind_error.setWordWrap(True)

        self.kind_box.addWidget(self.kind_error)


        self.form_layout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.kind_box)

        self.topics_label = QLabel(self.form_box)
        self.topics_label.setObjectName(u"topics_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.topics_label)

        self.topics_box = QVBoxLayout()
        self.topics_box.setSpacing(2)
        self.topics_box.setObjectName(u"topics_box")
        self.topics_box.setContentsMargins(0, 0, 0, 0)
        self.topics_edit = QLineEdit(self.form_box)
        self.topics_edit.setObjectName(u"topics_edit")

        self.topics_box.addWidget(self.topics_edit)

        self.topics_error = QLabel(self.form_box)
        self.topics_error.setObjectName(u"topics_error")
        self.topics_error.setText(u"")
        self.topics_error.setWordWrap(True)

        self.topics_box.addWidget(self.topics_error)


        self.form_layout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.topics_box)


        self.form_box_layout.addLayout(self.form_layout)

        self.general_error = QLabel(self.form_box)
        self.general_error.setObjectName(u"general_error")
        self.general_error.setText(u"")
        self.general_error.setWordWrap(True)

        self.form_box_layout.addWidget(self.general_error)

        self.form_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.form_box_layout.addItem(self.form_spacer)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.status_label = QLabel(self.form_box)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setText(u"")
        self.status_label.setWordWrap(True)

        self.buttons_layout.addWidget(self.status_label)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.save_button = QPushButton(self.form_box)
        self.save_button.setObjectName(u"save_button")
        self.save_button.setAutoDefault(True)

        self.buttons_layout.addWidget(self.save_button)


        self.form_box_layout.addLayout(self.buttons_layout)


        self.layout.addWidget(self.form_box)

        self.layout.setStretch(0, 5)
        self.layout.setStretch(1, 3)
#if QT_CONFIG(shortcut)
        self.list_year_label.setBuddy(self.list_year_spin)
        self.partner_id_label.setBuddy(self.partner_combo)
        self.date_label.setBuddy(self.date_edit)
        self.kind_label.setBuddy(self.kind_combo)
        self.topics_label.setBuddy(self.topics_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(relations_page)

        QMetaObject.connectSlotsByName(relations_page)
    # setupUi

    def retranslateUi(self, relations_page):
        relations_page.setWindowTitle(QCoreApplication.translate("RelationsPage", u"Relatiecontacten", None))
        self.list_year_label.setText(QCoreApplication.translate("RelationsPage", u"&Jaar:", None))
        self.form_box.setTitle(QCoreApplication.translate("RelationsPage", u"Nieuw relatiecontact", None))
        self.partner_id_label.setText(QCoreApplication.translate("RelationsPage", u"&Partner", None))
        self.date_label.setText(QCoreApplication.translate("RelationsPage", u"&Datum", None))
        self.date_edit.setPlaceholderText(QCoreApplication.translate("RelationsPage", u"DD-MM-JJJJ", None))
        self.kind_label.setText(QCoreApplication.translate("RelationsPage", u"&Soort", None))
        self.topics_label.setText(QCoreApplication.translate("RelationsPage", u"&Onderwerpen", None))
        self.topics_edit.setPlaceholderText(QCoreApplication.translate("RelationsPage", u"gescheiden door komma's", None))
        self.save_button.setText(QCoreApplication.translate("RelationsPage", u"&Opslaan", None))
    # retranslateUi

