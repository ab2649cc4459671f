# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'locations_page.ui'
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
    QTableView, QVBoxLayout, QWidget)

class Ui_LocationsPage(object):
    def setupUi(self, locations_page):
        if not locations_page.objectName():
            locations_page.setObjectName(u"locations_page")
        locations_page.resize(820, 560)
        self.layout = QHBoxLayout(locations_page)
        self.layout.setObjectName(u"layout")
        self.list_layout = QVBoxLayout()
        self.list_layout.setObjectName(u"list_layout")
        self.list_view = QTableView(locations_page)
        self.list_view.setObjectName(u"list_view")
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.setAlternatingRowColors(True)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list_view.setTabKeyNavigation(False)
        self.list_view.setWordWrap(False)

        self.list_layout.addWidget(self.list_view)

        self.count_label = QLabel(locations_page)
        self.count_label.setObjectName(u"count_label")
        self.count_label.setText(u"")
        self.count_label.setWordWrap(True)

        self.list_layout.addWidget(self.count_label)


        self.layout.addLayout(self.list_layout)

        self.form_box = QGroupBox(locations_page)
        self.form_box.setObjectName(u"form_box")
        self.form_box_layout = QVBoxLayout(self.form_box)
        self.form_box_layout.setObjectName(u"form_box_layout")
        self.intro_label = QLabel(self.form_box)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.form_box_layout.addWidget(self.intro_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name_label = QLabel(self.form_box)
        self.name_label.setObjectName(u"name_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_box = QVBoxLayout()
        self.name_box.setSpacing(2)
        self.name_box.setObjectName(u"name_box")
        self.name_box.setContentsMargins(0, 0, 0, 0)
        self.name_edit = QLineEdit(self.form_box)
        self.name_edit.setObjectName(u"name_edit")

        self.name_box.addWidget(self.name_edit)

        self.name_error = QLabel(self.form_box)
        self.name_error.setObjectName(u"name_error")
        self.name_error.setText(u"")
        self.name_error.setWordWrap(True)

        self.name_box.addWidget(self.name_error)


        self.form_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.name_box)

        self.city_label = QLabel(self.form_box)
        self.city_label.setObjectName(u"city_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.city_label)

        self.city_box = QVBoxLayout()
        self.city_box.setSpacing(2)
        self.city_box.setObjectName(u"city_box")
        self.city_box.setContentsMargins(0, 0, 0, 0)
        self.city_edit = QLineEdit(self.form_box)
        self.city_edit.setObjectName(u"city_edit")

        self.city_box.addWidget(self.city_edit)

        self.city_error = QLabel(self.form_box)
        self.city_error.setObjectName(u"city_error")
        self.city_error.setText(u"")
        self.city_error.setWordWrap(True)

        self.city_box.addWidget(self.city_error)


        self.form_layout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.city_box)

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

        self.active_from_label = QLabel(self.form_box)
        self.active_from_label.setObjectName(u"active_from_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.active_from_label)

        self.active_from_box = QVBoxLayout()
        self.active_from_box.setSpacing(2)
        self.active_from_box.setObjectName(u"active_from_box")
        self.active_from_box.setContentsMargins(0, 0, 0, 0)
        self.active_from_edit = QLineEdit(self.form_box)
        self.active_from_edit.setObjectName(u"active_from_edit")

        self.active_from_box.addWidget(self.active_from_edit)

        self.active_from_error = QLabel(self.form_box)
        self.active_from_error.setObjectName(u"active_from_error")
        self.active_from_error.setText(u"")
        self.active_from_error.setWordWrap(True)

        self.active_from_box.addWidget(self.active_from_error)


        self.form_layout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.active_from_box)

        self.active_until_label = QLabel(self.form_box)
        self.active_until_label.setObjectName(u"active_until_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.active_until_label)

        self.active_until_box = QVBoxLayout()
        self.active_until_box.setSpacing(2)
        self.active_until_box.setObjectName(u"active_until_box")
        self.active_until_box.setContentsMargins(0, 0, 0, 0)
        self.active_until_edit = QLineEdit(self.form_box)
        self.active_until_edit.setObjectName(u"active_until_edit")

        self.active_until_box.addWidget(self.active_until_edit)

        self.active_until_error = QLabel(self.form_box)
        self.active_until_error.setObjectName(u"active_until_error")
        self.active_until_error.setText(u"")
        self.active_until_error.setWordWrap(True)

        self.active_until_box.addWidget(self.active_until_error)


        self.form_layout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.active_until_box)


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

        self.new_button = QPushButton(self.form_box)
        self.new_button.setObjectName(u"new_button")
        self.new_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.new_button)

        self.save_button = QPushButton(self.form_box)
        self.save_button.setObjectName(u"save_button")
        self.save_button.setAutoDefault(True)

        self.buttons_layout.addWidget(self.save_button)


        self.form_box_layout.addLayout(self.buttons_layout)


        self.layout.addWidget(self.form_box)

        self.layout.setStretch(0, 5)
        self.layout.setStretch(1, 3)
#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.city_label.setBuddy(self.city_edit)
        self.kind_label.setBuddy(self.kind_combo)
        self.active_from_label.setBuddy(self.active_from_edit)
        self.active_until_label.setBuddy(self.active_until_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(locations_page)

        QMetaObject.connectSlotsByName(locations_page)
    # setupUi

    def retranslateUi(self, locations_page):
        locations_page.setWindowTitle(QCoreApplication.translate("LocationsPage", u"Spreekuurlocaties", None))
        self.form_box.setTitle(QCoreApplication.translate("LocationsPage", u"Nieuwe locatie", None))
        self.intro_label.setText(QCoreApplication.translate("LocationsPage", u"Kies een locatie in de lijst om haar te wijzigen, bijvoorbeeld om haar te sluiten met een einddatum.", None))
        self.name_label.setText(QCoreApplication.translate("LocationsPage", u"&Naam", None))
        self.city_label.setText(QCoreApplication.translate("LocationsPage", u"&Plaats", None))
        self.kind_label.setText(QCoreApplication.translate("LocationsPage", u"&Soort", None))
        self.active_from_label.setText(QCoreApplication.translate("LocationsPage", u"&Vanaf", None))
        self.active_from_edit.setPlaceholderText(QCoreApplication.translate("LocationsPage", u"DD-MM-JJJJ", None))
        self.active_until_label.setText(QCoreApplication.translate("LocationsPage", u"&Tot en met", None))
        self.active_until_edit.setPlaceholderText(QCoreApplication.translate("LocationsPage", u"open", None))
        self.new_button.setText(QCoreApplication.translate("LocationsPage", u"&Nieuwe locatie", None))
        self.save_button.setText(QCoreApplication.translate("LocationsPage", u"&Opslaan", None))
    # retranslateUi

