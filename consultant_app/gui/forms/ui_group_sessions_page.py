# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'group_sessions_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QFormLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QTableView, QVBoxLayout,
    QWidget)

class Ui_GroupSessionsPage(object):
    def setupUi(self, group_sessions_page):
        if not group_sessions_page.objectName():
            group_sessions_page.setObjectName(u"group_sessions_page")
        group_sessions_page.resize(820, 560)
        self.layout = QHBoxLayout(group_sessions_page)
        self.layout.setObjectName(u"layout")
        self.list_layout = QVBoxLayout()
        self.list_layout.setObjectName(u"list_layout")
        self.year_layout = QHBoxLayout()
        self.year_layout.setObjectName(u"year_layout")
        self.list_year_label = QLabel(group_sessions_page)
        self.list_year_label.setObjectName(u"list_year_label")

        self.year_layout.addWidget(self.list_year_label)

        self.list_year_spin = QSpinBox(group_sessions_page)
        self.list_year_spin.setObjectName(u"list_year_spin")
        self.list_year_spin.setMinimum(1900)
        self.list_year_spin.setMaximum(2200)

        self.year_layout.addWidget(self.list_year_spin)

        self.year_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.year_layout.addItem(self.year_spacer)


        self.list_layout.addLayout(self.year_layout)

        self.list_view = QTableView(group_sessions_page)
        self.list_view.setObjectName(u"list_view")
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.setAlternatingRowColors(True)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list_view.setTabKeyNavigation(False)
        self.list_view.setWordWrap(False)

        self.list_layout.addWidget(self.list_view)

        self.count_label = QLabel(group_sessions_page)
        self.count_label.setObjectName(u"count_label")
        self.count_label.setText(u"")
        self.count_label.setWordWrap(True)

        self.list_layout.addWidget(self.count_label)


        self.layout.addLayout(self.list_layout)

        self.form_box = QGroupBox(group_sessions_page)
        self.form_box.setObjectName(u"form_box")
        self.form_box_layout = QVBoxLayout(self.form_box)
        self.form_box_layout.setObjectName(u"form_box_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.date_label = QLabel(self.form_box)
        self.date_label.setObjectName(u"date_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.date_label)

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


        self.form_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.date_box)

        self.location_id_label = QLabel(self.form_box)
        self.location_id_label.setObjectName(u"location_id_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.location_id_label)

        self.location_id_box = QVBoxLayout()
        self.location_id_box.setSpacing(2)
        self.location_id_box.setObjectName(u"location_id_box")
        self.location_id_box.setContentsMargins(0, 0, 0, 0)
        self.location_combo = QComboBox(self.form_box)
        self.location_combo.setObjectName(u"location_combo")

        self.location_id_box.addWidget(self.location_combo)

        self.location_id_error = QLabel(self.form_box)
        self.location_id_error.setObjectName(u"location_id_error")
        self.location_id_error.setText(u"")
        self.location_id_error.setWordWrap(True)

        self.location_id_box.addWidget(self.location_id_error)


        self.form_layout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.location_id_box)

        self.audience_label = QLabel(self.form_box)
        self.audience_label.setObjectName(u"audience_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.audience_label)

        self.audience_box = QVBoxLayout()
        self.audience_box.setSpacing(2)
        self.audience_box.setObjectName(u"audience_box")
        self.audience_box.setContentsMargins(0, 0, 0, 0)
        self.audience_row_0 = QHBoxLayout()
        self.audience_row_0.setObjectName(u"audience_row_0")
        self.audience_row_0.setContentsMargins(0, 0, 0, 0)
        self.audience_combo = QComboBox(self.form_box)
        self.audience_combo.setObjectName(u"audience_combo")

        self.audience_row_0.addWidget(self.audience_combo)


        self.audience_box.addLayout(self.audience_row_0)

        self.audience_row_1 = QHBoxLayout()
        self.audience_row_1.setObjectName(u"audience_row_1")
        self.audience_row_1.setContentsMargins(0, 0, 0, 0)
        self.new_audience_edit = QLineEdit(self.form_box)
        self.new_audience_edit.setObjectName(u"new_audience_edit")

        self.audience_row_1.addWidget(self.new_audience_edit)

        self.add_audience_button = QPushButton(self.form_box)
        self.add_audience_button.setObjectName(u"add_audience_button")
        self.add_audience_button.setAutoDefault(False)

        self.audience_row_1.addWidget(self.add_audience_button)


        self.audience_box.addLayout(self.audience_row_1)

        self.audience_error = QLabel(self.form_box)
        self.audience_error.setObjectName(u"audience_error")
        self.audience_error.setText(u"")
        self.audience_error.setWordWrap(True)

        self.audience_box.addWidget(self.audience_error)


        self.form_layout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.audience_box)

        self.partner_id_label = QLabel(self.form_box)
        self.partner_id_label.setObjectName(u"partner_id_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.partner_id_label)

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


        self.form_layout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.partner_id_box)

        self.attendees_label = QLabel(self.form_box)
        self.attendees_label.setObjectName(u"attendees_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.attendees_label)

        self.attendees_box = QVBoxLayout()
        self.attendees_box.setSpacing(2)
        self.attendees_box.setObjectName(u"attendees_box")
        self.attendees_box.setContentsMargins(0, 0, 0, 0)
        self.attendees_spin = QSpinBox(self.form_box)
        self.attendees_spin.setObjectName(u"attendees_spin")
        self.attendees_spin.setMinimum(0)
        self.attendees_spin.setMaximum(10000)
        self.attendees_spin.setMaximumSize(QSize(120, 16777215))

        self.attendees_box.addWidget(self.attendees_spin)

        self.attendees_error = QLabel(self.form_box)
        self.attendees_error.setObjectName(u"attendees_error")
        self.attendees_error.setText(u"")
        self.attendees_error.setWordWrap(True)

        self.attendees_box.addWidget(self.attendees_error)


        self.form_layout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.attendees_box)

        self.language_label = QLabel(self.form_box)
        self.language_label.setObjectName(u"language_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.language_label)

        self.language_box = QVBoxLayout()
        self.language_box.setSpacing(2)
        self.language_box.setObjectName(u"language_box")
        self.language_box.setContentsMargins(0, 0, 0, 0)
        self.language_combo = QComboBox(self.form_box)
        self.language_combo.setObjectName(u"language_combo")
        self.language_combo.setEditable(True)

        self.language_box.addWidget(self.language_combo)

        self.language_error = QLabel(self.form_box)
        self.language_error.setObjectName(u"language_error")
        self.language_error.setText(u"")
        self.language_error.setWordWrap(True)

        self.language_box.addWidget(self.language_error)


        self.form_layout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.language_box)

        self.interpreter_label = QLabel(self.form_box)
        self.interpreter_label.setObjectName(u"interpreter_label")
        self.interpreter_label.setText(u"")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.interpreter_label)

        self.interpreter_box = QVBoxLayout()
        self.interpreter_box.setSpacing(2)
        self.interpreter_box.setObjectName(u"interpreter_box")
        self.interpreter_box.setContentsMargins(0, 0, 0, 0)
        self.interpreter_check = QCheckBox(self.form_box)
        self.interpreter_check.setObjectName(u"interpreter_check")

        self.interpreter_box.addWidget(self.interpreter_check)

        self.interpreter_error = QLabel(self.form_box)
        self.interpreter_error.setObjectName(u"interpreter_error")
        self.interpreter_error.setText(u"")
        self.interpreter_error.setWordWrap(True)

        self.interpreter_box.addWidget(self.interpreter_error)


        self.form_layout.setLayout(6, QFormLayout.ItemRole.FieldRole, self.interpreter_box)

        self.topics_label = QLabel(self.form_box)
        self.topics_label.setObjectName(u"topics_label")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.topics_label)

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


        self.form_layout.setLayout(7, QFormLayout.ItemRole.FieldRole, self.topics_box)


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
        self.date_label.setBuddy(self.date_edit)
        self.location_id_label.setBuddy(self.location_combo)
        self.audience_label.setBuddy(self.audience_combo)
        self.partner_id_label.setBuddy(self.partner_combo)
        self.attendees_label.setBuddy(self.attendees_spin)
        self.language_label.setBuddy(self.language_combo)
        self.topics_label.setBuddy(self.topics_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(group_sessions_page)

        QMetaObject.connectSlotsByName(group_sessions_page)
    # setupUi

    def retranslateUi(self, group_sessions_page):
        group_sessions_page.setWindowTitle(QCoreApplication.translate("GroupSessionsPage", u"Groepsvoorlichting", None))
        self.list_year_label.setText(QCoreApplication.translate("GroupSessionsPage", u"&Jaar:", None))
        self.form_box.setTitle(QCoreApplication.translate("GroupSessionsPage", u"Nieuwe bijeenkomst", None))
        self.date_label.setText(QCoreApplication.translate("GroupSessionsPage", u"&Datum", None))
        self.date_edit.setPlaceholderText(QCoreApplication.translate("GroupSessionsPage", u"DD-MM-JJJJ", None))
        self.location_id_label.setText(QCoreApplication.translate("GroupSessionsPage", u"&Locatie", None))
        self.audience_label.setText(QCoreApplication.translate("GroupSessionsPage", u"Doel&groep", None))
        self.new_audience_edit.setPlaceholderText(QCoreApplication.translate("GroupSessionsPage", u"of een nieuwe doelgroep", None))
        self.add_audience_button.setText(QCoreApplication.translate("GroupSessionsPage", u"&Toevoegen", None))
        self.partner_id_label.setText(QCoreApplication.translate("GroupSessionsPage", u"&Partner", None))
        self.attendees_label.setText(QCoreApplication.translate("GroupSessionsPage", u"&Aanwezigen", None))
        self.language_label.setText(QCoreApplication.translate("GroupSessionsPage", u"&Taal", None))
        self.interpreter_check.setText(QCoreApplication.translate("GroupSessionsPage", u"Met t&olk", None))
        self.topics_label.setText(QCoreApplication.translate("GroupSessionsPage", u"&Onderwerpen", None))
        self.topics_edit.setPlaceholderText(QCoreApplication.translate("GroupSessionsPage", u"gescheiden door komma's", None))
        self.save_button.setText(QCoreApplication.translate("GroupSessionsPage", u"&Opslaan", None))
    # retranslateUi

