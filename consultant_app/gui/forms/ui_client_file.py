# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'client_file.ui'
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
    QFormLayout, QFrame, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTabWidget,
    QTableView, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_ClientFile(object):
    def setupUi(self, client_file):
        if not client_file.objectName():
            client_file.setObjectName(u"client_file")
        self.main_layout = QVBoxLayout(client_file)
        self.main_layout.setObjectName(u"main_layout")
        self.header_layout = QHBoxLayout()
        self.header_layout.setObjectName(u"header_layout")
        self.header_layout.setContentsMargins(0, 0, 0, 0)
        self.back_button = QPushButton(client_file)
        self.back_button.setObjectName(u"back_button")

        self.header_layout.addWidget(self.back_button)

        self.title_label = QLabel(client_file)
        self.title_label.setObjectName(u"title_label")

        self.header_layout.addWidget(self.title_label)

        self.header_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.header_layout.addItem(self.header_spacer)

        self.status_label = QLabel(client_file)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setText(u"")

        self.header_layout.addWidget(self.status_label)

        self.letter_button = QPushButton(client_file)
        self.letter_button.setObjectName(u"letter_button")

        self.header_layout.addWidget(self.letter_button)

        self.save_button = QPushButton(client_file)
        self.save_button.setObjectName(u"save_button")

        self.header_layout.addWidget(self.save_button)


        self.main_layout.addLayout(self.header_layout)

        self.client_header = QFrame(client_file)
        self.client_header.setObjectName(u"client_header")
        self.client_header.setFrameShape(QFrame.Shape.StyledPanel)
        self.client_header_layout = QHBoxLayout(self.client_header)
        self.client_header_layout.setSpacing(18)
        self.client_header_layout.setObjectName(u"client_header_layout")
        self.header_name_label = QLabel(self.client_header)
        self.header_name_label.setObjectName(u"header_name_label")
        self.header_name_label.setText(u"")
        self.header_name_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)

        self.client_header_layout.addWidget(self.header_name_label)

        self.header_age_label = QLabel(self.client_header)
        self.header_age_label.setObjectName(u"header_age_label")
        self.header_age_label.setText(u"")
        self.header_age_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)

        self.client_header_layout.addWidget(self.header_age_label)

        self.header_bsn_label = QLabel(self.client_header)
        self.header_bsn_label.setObjectName(u"header_bsn_label")
        self.header_bsn_label.setText(u"")
        self.header_bsn_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)

        self.client_header_layout.addWidget(self.header_bsn_label)

        self.header_language_label = QLabel(self.client_header)
        self.header_language_label.setObjectName(u"header_language_label")
        self.header_language_label.setText(u"")
        self.header_language_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)

        self.client_header_layout.addWidget(self.header_language_label)

        self.client_header_spacer = QSpacerItem(40, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.client_header_layout.addItem(self.client_header_spacer)

        self.header_case_label = QLabel(self.client_header)
        self.header_case_label.setObjectName(u"header_case_label")
        self.header_case_label.setText(u"")
        self.header_case_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)

        self.client_header_layout.addWidget(self.header_case_label)


        self.main_layout.addWidget(self.client_header)

        self.general_error = QLabel(client_file)
        self.general_error.setObjectName(u"general_error")
        self.general_error.setText(u"")
        self.general_error.setWordWrap(True)

        self.main_layout.addWidget(self.general_error)

        self.tabs = QTabWidget(client_file)
        self.tabs.setObjectName(u"tabs")
        self.person_tab = QWidget()
        self.person_tab.setObjectName(u"person_tab")
        self.person_layout = QHBoxLayout(self.person_tab)
        self.person_layout.setObjectName(u"person_layout")
        self.person_left = QVBoxLayout()
        self.person_left.setObjectName(u"person_left")
        self.person_left.setContentsMargins(0, 0, 0, 0)
        self.person_group = QGroupBox(self.person_tab)
        self.person_group.setObjectName(u"person_group")
        self.person_form = QFormLayout(self.person_group)
        self.person_form.setObjectName(u"person_form")
        self.person_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.given_names_label = QLabel(self.person_group)
        self.given_names_label.setObjectName(u"given_names_label")

        self.person_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.given_names_label)

        self.given_names_box = QVBoxLayout()
        self.given_names_box.setSpacing(2)
        self.given_names_box.setObjectName(u"given_names_box")
        self.given_names_box.setContentsMargins(0, 0, 0, 0)
        self.given_names_edit = QLineEdit(self.person_group)
        self.given_names_edit.setObjectName(u"given_names_edit")

        self.given_names_box.addWidget(self.given_names_edit)

        self.given_names_error = QLabel(self.person_group)
        self.given_names_error.setObjectName(u"given_names_error")
        self.given_names_error.setText(u"")
        self.given_names_error.setWordWrap(True)

        self.given_names_box.addWidget(self.given_names_error)


        self.person_form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.given_names_box)

        self.surname_label = QLabel(self.person_group)
        self.surname_label.setObjectName(u"surname_label")

        self.person_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.surname_label)

        self.surname_box = QVBoxLayout()
        self.surname_box.setSpacing(2)
        self.surname_box.setObjectName(u"surname_box")
        self.surname_box.setContentsMargins(0, 0, 0, 0)
        self.surname_edit = QLineEdit(self.person_group)
        self.surname_edit.setObjectName(u"surname_edit")

        self.surname_box.addWidget(self.surname_edit)

        self.surname_error = QLabel(self.person_group)
        self.surname_error.setObjectName(u"surname_error")
        self.surname_error.setText(u"")
        self.surname_error.setWordWrap(True)

        self.surname_box.addWidget(self.surname_error)


        self.person_form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.surname_box)

        self.birth_date_label = QLabel(self.person_group)
        self.birth_date_label.setObjectName(u"birth_date_label")

        self.person_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.birth_date_label)

        self.birth_date_box = QVBoxLayout()
        self.birth_date_box.setSpacing(2)
        self.birth_date_box.setObjectName(u"birth_date_box")
        self.birth_date_box.setContentsMargins(0, 0, 0, 0)
        self.birth_date_row = QHBoxLayout()
        self.birth_date_row.setObjectName(u"birth_date_row")
        self.birth_date_row.setContentsMargins(0, 0, 0, 0)
        self.birth_date_edit = QLineEdit(self.person_group)
        self.birth_date_edit.setObjectName(u"birth_date_edit")
        self.birth_date_edit.setMaximumSize(QSize(170, 16777215))

        self.birth_date_row.addWidget(self.birth_date_edit)

        self.birth_date_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.birth_date_row.addItem(self.birth_date_spacer)


        self.birth_date_box.addLayout(self.birth_date_row)

        self.birth_date_error = QLabel(self.person_group)
        self.birth_date_error.setObjectName(u"birth_date_error")
        self.birth_date_error.setText(u"")
        self.birth_date_error.setWordWrap(True)

        self.birth_date_box.addWidget(self.birth_date_error)


        self.person_form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.birth_date_box)

        self.bsn_label = QLabel(self.person_group)
        self.bsn_label.setObjectName(u"bsn_label")

        self.person_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.bsn_label)

        self.bsn_box = QVBoxLayout()
        self.bsn_box.setSpacing(2)
        self.bsn_box.setObjectName(u"bsn_box")
        self.bsn_box.setContentsMargins(0, 0, 0, 0)
        self.bsn_row = QHBoxLayout()
        self.bsn_row.setObjectName(u"bsn_row")
        self.bsn_row.setContentsMargins(0, 0, 0, 0)
        self.bsn_edit = QLineEdit(self.person_group)
        self.bsn_edit.setObjectName(u"bsn_edit")
        self.bsn_edit.setMaximumSize(QSize(170, 16777215))

        self.bsn_row.addWidget(self.bsn_edit)

        self.reveal_bsn_button = QPushButton(self.person_group)
        self.reveal_bsn_button.setObjectName(u"reveal_bsn_button")

        self.bsn_row.addWidget(self.reveal_bsn_button)

        self.bsn_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bsn_row.addItem(self.bsn_spacer)


        self.bsn_box.addLayout(self.bsn_row)

        self.bsn_error = QLabel(self.person_group)
        self.bsn_error.setObjectName(u"bsn_error")
        self.bsn_error.setText(u"")
        self.bsn_error.setWordWrap(True)

        self.bsn_box.addWidget(self.bsn_error)


        self.person_form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.bsn_box)

        self.country_of_birth_label = QLabel(self.person_group)
        self.country_of_birth_label.setObjectName(u"country_of_birth_label")

        self.person_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.country_of_birth_label)

        self.country_of_birth_box = QVBoxLayout()
        self.country_of_birth_box.setSpacing(2)
        self.country_of_birth_box.setObjectName(u"country_of_birth_box")
        self.country_of_birth_box.setContentsMargins(0, 0, 0, 0)
        self.country_of_birth_combo = QComboBox(self.person_group)
        self.country_of_birth_combo.setObjectName(u"country_of_birth_combo")

        self.country_of_birth_box.addWidget(self.country_of_birth_combo)

        self.country_of_birth_error = QLabel(self.person_group)
        self.country_of_birth_error.setObjectName(u"country_of_birth_error")
        self.country_of_birth_error.setText(u"")
        self.country_of_birth_error.setWordWrap(True)

        self.country_of_birth_box.addWidget(self.country_of_birth_error)


        self.person_form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.country_of_birth_box)

        self.nationalities_label = QLabel(self.person_group)
        self.nationalities_label.setObjectName(u"nationalities_label")

        self.person_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.nationalities_label)

        self.nationalities_box = QVBoxLayout()
        self.nationalities_box.setSpacing(2)
        self.nationalities_box.setObjectName(u"nationalities_box")
        self.nationalities_box.setContentsMargins(0, 0, 0, 0)
        self.nationalities_edit = QLineEdit(self.person_group)
        self.nationalities_edit.setObjectName(u"nationalities_edit")

        self.nationalities_box.addWidget(self.nationalities_edit)

        self.nationalities_error = QLabel(self.person_group)
        self.nationalities_error.setObjectName(u"nationalities_error")
        self.nationalities_error.setText(u"")
        self.nationalities_error.setWordWrap(True)

        self.nationalities_box.addWidget(self.nationalities_error)


        self.person_form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.nationalities_box)

        self.arrival_date_label = QLabel(self.person_group)
        self.arrival_date_label.setObjectName(u"arrival_date_label")

        self.person_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.arrival_date_label)

        self.arrival_date_box = QVBoxLayout()
        self.arrival_date_box.setSpacing(2)
        self.arrival_date_box.setObjectName(u"arrival_date_box")
        self.arrival_date_box.setContentsMargins(0, 0, 0, 0)
        self.arrival_date_row = QHBoxLayout()
        self.arrival_date_row.setObjectName(u"arrival_date_row")
        self.arrival_date_row.setContentsMargins(0, 0, 0, 0)
        self.arrival_date_edit = QLineEdit(self.person_group)
        self.arrival_date_edit.setObjectName(u"arrival_date_edit")
        self.arrival_date_edit.setMaximumSize(QSize(170, 16777215))

        self.arrival_date_row.addWidget(self.arrival_date_edit)

        self.arrival_date_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.arrival_date_row.addItem(self.arrival_date_spacer)


        self.arrival_date_box.addLayout(self.arrival_date_row)

        self.arrival_date_error = QLabel(self.person_group)
        self.arrival_date_error.setObjectName(u"arrival_date_error")
        self.arrival_date_error.setText(u"")
        self.arrival_date_error.setWordWrap(True)

        self.arrival_date_box.addWidget(self.arrival_date_error)


        self.person_form.setLayout(6, QFormLayout.ItemRole.FieldRole, self.arrival_date_box)


        self.person_left.addWidget(self.person_group)

        self.person_left_spacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.person_left.addItem(self.person_left_spacer)


        self.person_layout.addLayout(self.person_left)

        self.person_right = QVBoxLayout()
        self.person_right.setObjectName(u"person_right")
        self.person_right.setContentsMargins(0, 0, 0, 0)
        self.contact_group = QGroupBox(self.person_tab)
        self.contact_group.setObjectName(u"contact_group")
        self.contact_form = QFormLayout(self.contact_group)
        self.contact_form.setObjectName(u"contact_form")
        self.contact_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.phone_label = QLabel(self.contact_group)
        self.phone_label.setObjectName(u"phone_label")

        self.contact_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone_box = QVBoxLayout()
        self.phone_box.setSpacing(2)
        self.phone_box.setObjectName(u"phone_box")
        self.phone_box.setContentsMargins(0, 0, 0, 0)
        self.phone_edit = QLineEdit(self.contact_group)
        self.phone_edit.setObjectName(u"phone_edit")

        self.phone_box.addWidget(self.phone_edit)

        self.phone_error = QLabel(self.contact_group)
        self.phone_error.setObjectName(u"phone_error")
        self.phone_error.setText(u"")
        self.phone_error.setWordWrap(True)

        self.phone_box.addWidget(self.phone_error)


        self.contact_form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.phone_box)

        self.email_label = QLabel(self.contact_group)
        self.email_label.setObjectName(u"email_label")

        self.contact_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.email_label)

        self.email_box = QVBoxLayout()
        self.email_box.setSpacing(2)
        self.email_box.setObjectName(u"email_box")
        self.email_box.setContentsMargins(0, 0, 0, 0)
        self.email_edit = QLineEdit(self.contact_group)
        self.email_edit.setObjectName(u"email_edit")

        self.email_box.addWidget(self.email_edit)

        self.email_error = QLabel(self.contact_group)
        self.email_error.setObjectName(u"email_error")
        self.email_error.setText(u"")
        self.email_error.setWordWrap(True)

        self.email_box.addWidget(self.email_error)


        self.contact_form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.email_box)

        self.language_label = QLabel(self.contact_group)
        self.language_label.setObjectName(u"language_label")

        self.contact_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.language_label)

        self.language_box = QVBoxLayout()
        self.language_box.setSpacing(2)
        self.language_box.setObjectName(u"language_box")
        self.language_box.setContentsMargins(0, 0, 0, 0)
        self.language_combo = QComboBox(self.contact_group)
        self.language_combo.setObjectName(u"language_combo")
        self.language_combo.setEditable(True)

        self.language_box.addWidget(self.language_combo)

        self.language_error = QLabel(self.contact_group)
        self.language_error.setObjectName(u"language_error")
        self.language_error.setText(u"")
        self.language_error.setWordWrap(True)

        self.language_box.addWidget(self.language_error)


        self.contact_form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.language_box)

        self.address_street_label = QLabel(self.contact_group)
        self.address_street_label.setObjectName(u"address_street_label")

        self.contact_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.address_street_label)

        self.address_street_box = QVBoxLayout()
        self.address_street_box.setSpacing(2)
        self.address_street_box.setObjectName(u"address_street_box")
        self.address_street_box.setContentsMargins(0, 0, 0, 0)
        self.address_street_edit = QLineEdit(self.contact_group)
        self.address_street_edit.setObjectName(u"address_street_edit")

        self.address_street_box.addWidget(self.address_street_edit)

        self.address_street_error = QLabel(self.contact_group)
        self.address_street_error.setObjectName(u"address_street_error")
        self.address_street_error.setText(u"")
        self.address_street_error.setWordWrap(True)

        self.address_street_box.addWidget(self.address_street_error)


        self.contact_form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.address_street_box)

        self.address_house_number_label = QLabel(self.contact_group)
        self.address_house_number_label.setObjectName(u"address_house_number_label")

        self.contact_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.address_house_number_label)

        self.address_house_number_box = QVBoxLayout()
        self.address_house_number_box.setSpacing(2)
        self.address_house_number_box.setObjectName(u"address_house_number_box")
        self.address_house_number_box.setContentsMargins(0, 0, 0, 0)
        self.address_house_number_row = QHBoxLayout()
        self.address_house_number_row.setObjectName(u"address_house_number_row")
        self.address_house_number_row.setContentsMargins(0, 0, 0, 0)
        self.address_house_number_edit = QLineEdit(self.contact_group)
        self.address_house_number_edit.setObjectName(u"address_house_number_edit")
        self.address_house_number_edit.setMaximumSize(QSize(170, 16777215))

        self.address_house_number_row.addWidget(self.address_house_number_edit)

        self.address_house_number_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.address_house_number_row.addItem(self.address_house_number_spacer)


        self.address_house_number_box.addLayout(self.address_house_number_row)

        self.address_house_number_error = QLabel(self.contact_group)
        self.address_house_number_error.setObjectName(u"address_house_number_error")
        self.address_house_number_error.setText(u"")
        self.address_house_number_error.setWordWrap(True)

        self.address_house_number_box.addWidget(self.address_house_number_error)


        self.contact_form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.address_house_number_box)

        self.address_postcode_label = QLabel(self.contact_group)
        self.address_postcode_label.setObjectName(u"address_postcode_label")

        self.contact_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.address_postcode_label)

        self.address_postcode_box = QVBoxLayout()
        self.address_postcode_box.setSpacing(2)
        self.address_postcode_box.setObjectName(u"address_postcode_box")
        self.address_postcode_box.setContentsMargins(0, 0, 0, 0)
        self.address_postcode_row = QHBoxLayout()
        self.address_postcode_row.setObjectName(u"address_postcode_row")
        self.address_postcode_row.setContentsMargins(0, 0, 0, 0)
        self.address_postcode_edit = QLineEdit(self.contact_group)
        self.address_postcode_edit.setObjectName(u"address_postcode_edit")
        self.address_postcode_edit.setMaximumSize(QSize(170, 16777215))

        self.address_postcode_row.addWidget(self.address_postcode_edit)

        self.address_postcode_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.address_postcode_row.addItem(self.address_postcode_spacer)


        self.address_postcode_box.addLayout(self.address_postcode_row)

        self.address_postcode_error = QLabel(self.contact_group)
        self.address_postcode_error.setObjectName(u"address_postcode_error")
        self.address_postcode_error.setText(u"")
        self.address_postcode_error.setWordWrap(True)

        self.address_postcode_box.addWidget(self.address_postcode_error)


        self.contact_form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.address_postcode_box)

        self.address_city_label = QLabel(self.contact_group)
        self.address_city_label.setObjectName(u"address_city_label")

        self.contact_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.address_city_label)

        self.address_city_box = QVBoxLayout()
        self.address_city_box.setSpacing(2)
        self.address_city_box.setObjectName(u"address_city_box")
        self.address_city_box.setContentsMargins(0, 0, 0, 0)
        self.address_city_edit = QLineEdit(self.contact_group)
        self.address_city_edit.setObjectName(u"address_city_edit")

        self.address_city_box.addWidget(self.address_city_edit)

        self.address_city_error = QLabel(self.contact_group)
        self.address_city_error.setObjectName(u"address_city_error")
        self.address_city_error.setText(u"")
        self.address_city_error.setWordWrap(True)

        self.address_city_box.addWidget(self.address_city_error)


        self.contact_form.setLayout(6, QFormLayout.ItemRole.FieldRole, self.address_city_box)


        self.person_right.addWidget(self.contact_group)

        self.person_right_spacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.person_right.addItem(self.person_right_spacer)


        self.person_layout.addLayout(self.person_right)

        self.tabs.addTab(self.person_tab, "")
        self.household_tab = QWidget()
        self.household_tab.setObjectName(u"household_tab")
        self.household_layout = QVBoxLayout(self.household_tab)
        self.household_layout.setObjectName(u"household_layout")
        self.partner_group = QGroupBox(self.household_tab)
        self.partner_group.setObjectName(u"partner_group")
        self.partner_form = QFormLayout(self.partner_group)
        self.partner_form.setObjectName(u"partner_form")
        self.partner_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.partner_given_names_label = QLabel(self.partner_group)
        self.partner_given_names_label.setObjectName(u"partner_given_names_label")

        self.partner_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.partner_given_names_label)

        self.partner_given_names_box = QVBoxLayout()
        self.partner_given_names_box.setSpacing(2)
        self.partner_given_names_box.setObjectName(u"partner_given_names_box")
        self.partner_given_names_box.setContentsMargins(0, 0, 0, 0)
        self.partner_given_names_edit = QLineEdit(self.partner_group)
        self.partner_given_names_edit.setObjectName(u"partner_given_names_edit")

        self.partner_given_names_box.addWidget(self.partner_given_names_edit)

        self.partner_given_names_error = QLabel(self.partner_group)
        self.partner_given_names_error.setObjectName(u"partner_given_names_error")
        self.partner_given_names_error.setText(u"")
        self.partner_given_names_error.setWordWrap(True)

        self.partner_given_names_box.addWidget(self.partner_given_names_error)


        self.partner_form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.partner_given_names_box)

        self.partner_surname_label = QLabel(self.partner_group)
        self.partner_surname_label.setObjectName(u"partner_surname_label")

        self.partner_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.partner_surname_label)

        self.partner_surname_box = QVBoxLayout()
        self.partner_surname_box.setSpacing(2)
        self.partner_surname_box.setObjectName(u"partner_surname_box")
        self.partner_surname_box.setContentsMargins(0, 0, 0, 0)
        self.partner_surname_edit = QLineEdit(self.partner_group)
        self.partner_surname_edit.setObjectName(u"partner_surname_edit")

        self.partner_surname_box.addWidget(self.partner_surname_edit)

        self.partner_surname_error = QLabel(self.partner_group)
        self.partner_surname_error.setObjectName(u"partner_surname_error")
        self.partner_surname_error.setText(u"")
        self.partner_surname_error.setWordWrap(True)

        self.partner_surname_box.addWidget(self.partner_surname_error)


        self.partner_form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.partner_surname_box)

        self.partner_birth_date_label = QLabel(self.partner_group)
        self.partner_birth_date_label.setObjectName(u"partner_birth_date_label")

        self.partner_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.partner_birth_date_label)

        self.partner_birth_date_box = QVBoxLayout()
        self.partner_birth_date_box.setSpacing(2)
        self.partner_birth_date_box.setObjectName(u"partner_birth_date_box")
        self.partner_birth_date_box.setContentsMargins(0, 0, 0, 0)
        self.partner_birth_date_row = QHBoxLayout()
        self.partner_birth_date_row.setObjectName(u"partner_birth_date_row")
        self.partner_birth_date_row.setContentsMargins(0, 0, 0, 0)
        self.partner_birth_date_edit = QLineEdit(self.partner_group)
        self.partner_birth_date_edit.setObjectName(u"partner_birth_date_edit")
        self.partner_birth_date_edit.setMaximumSize(QSize(170, 16777215))

        self.partner_birth_date_row.addWidget(self.partner_birth_date_edit)

        self.partner_birth_date_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.partner_birth_date_row.addItem(self.partner_birth_date_spacer)


        self.partner_birth_date_box.addLayout(self.partner_birth_date_row)

        self.partner_birth_date_error = QLabel(self.partner_group)
        self.partner_birth_date_error.setObjectName(u"partner_birth_date_error")
        self.partner_birth_date_error.setText(u"")
        self.partner_birth_date_error.setWordWrap(True)

        self.partner_birth_date_box.addWidget(self.partner_birth_date_error)


        self.partner_form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.partner_birth_date_box)

        self.partner_actions = QHBoxLayout()
        self.partner_actions.setObjectName(u"partner_actions")
        self.partner_actions.setContentsMargins(0, 0, 0, 0)
        self.partner_co_migrates_check = QCheckBox(self.partner_group)
        self.partner_co_migrates_check.setObjectName(u"partner_co_migrates_check")

        self.partner_actions.addWidget(self.partner_co_migrates_check)

        self.partner_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.partner_actions.addItem(self.partner_spacer)

        self.remove_partner_button = QPushButton(self.partner_group)
        self.remove_partner_button.setObjectName(u"remove_partner_button")

        self.partner_actions.addWidget(self.remove_partner_button)


        self.partner_form.setLayout(3, QFormLayout.ItemRole.SpanningRole, self.partner_actions)


        self.household_layout.addWidget(self.partner_group)

        self.children_group = QGroupBox(self.household_tab)
        self.children_group.setObjectName(u"children_group")
        self.children_layout = QVBoxLayout(self.children_group)
        self.children_layout.setObjectName(u"children_layout")
        self.children_table = QTableWidget(self.children_group)
        if (self.children_table.columnCount() < 4):
            self.children_table.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.children_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.children_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.children_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.children_table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.children_table.setObjectName(u"children_table")
        self.children_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.children_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.children_table.setTabKeyNavigation(False)

        self.children_layout.addWidget(self.children_table)

        self.children_actions = QHBoxLayout()
        self.children_actions.setObjectName(u"children_actions")
        self.children_actions.setContentsMargins(0, 0, 0, 0)
        self.add_child_button = QPushButton(self.children_group)
        self.add_child_button.setObjectName(u"add_child_button")

        self.children_actions.addWidget(self.add_child_button)

        self.remove_child_button = QPushButton(self.children_group)
        self.remove_child_button.setObjectName(u"remove_child_button")

        self.children_actions.addWidget(self.remove_child_button)

        self.children_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.children_actions.addItem(self.children_spacer)


        self.children_layout.addLayout(self.children_actions)

        self.children_error = QLabel(self.children_group)
        self.children_error.setObjectName(u"children_error")
        self.children_error.setText(u"")
        self.children_error.setWordWrap(True)

        self.children_layout.addWidget(self.children_error)


        self.household_layout.addWidget(self.children_group)

        self.tabs.addTab(self.household_tab, "")
        self.residence_tab = QWidget()
        self.residence_tab.setObjectName(u"residence_tab")
        self.residence_layout = QVBoxLayout(self.residence_tab)
        self.residence_layout.setObjectName(u"residence_layout")
        self.permit_group = QGroupBox(self.residence_tab)
        self.permit_group.setObjectName(u"permit_group")
        self.permit_form = QFormLayout(self.permit_group)
        self.permit_form.setObjectName(u"permit_form")
        self.permit_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.residence_permit_type_label = QLabel(self.permit_group)
        self.residence_permit_type_label.setObjectName(u"residence_permit_type_label")

        self.permit_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.residence_permit_type_label)

        self.residence_permit_type_box = QVBoxLayout()
        self.residence_permit_type_box.setSpacing(2)
        self.residence_permit_type_box.setObjectName(u"residence_permit_type_box")
        self.residence_permit_type_box.setContentsMargins(0, 0, 0, 0)
        self.residence_permit_type_edit = QLineEdit(self.permit_group)
        self.residence_permit_type_edit.setObjectName(u"residence_permit_type_edit")

        self.residence_permit_type_box.addWidget(self.residence_permit_type_edit)

        self.residence_permit_type_error = QLabel(self.permit_group)
        self.residence_permit_type_error.setObjectName(u"residence_permit_type_error")
        self.residence_permit_type_error.setText(u"")
        self.residence_permit_type_error.setWordWrap(True)

        self.residence_permit_type_box.addWidget(self.residence_permit_type_error)


        self.permit_form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.residence_permit_type_box)

        self.residence_permit_number_label = QLabel(self.permit_group)
        self.residence_permit_number_label.setObjectName(u"residence_permit_number_label")

        self.permit_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.residence_permit_number_label)

        self.residence_permit_number_box = QVBoxLayout()
        self.residence_permit_number_box.setSpacing(2)
        self.residence_permit_number_box.setObjectName(u"residence_permit_number_box")
        self.residence_permit_number_box.setContentsMargins(0, 0, 0, 0)
        self.residence_permit_number_edit = QLineEdit(self.permit_group)
        self.residence_permit_number_edit.setObjectName(u"residence_permit_number_edit")

        self.residence_permit_number_box.addWidget(self.residence_permit_number_edit)

        self.residence_permit_number_error = QLabel(self.permit_group)
        self.residence_permit_number_error.setObjectName(u"residence_permit_number_error")
        self.residence_permit_number_error.setText(u"")
        self.residence_permit_number_error.setWordWrap(True)

        self.residence_permit_number_box.addWidget(self.residence_permit_number_error)


        self.permit_form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.residence_permit_number_box)

        self.residence_permit_valid_until_label = QLabel(self.permit_group)
        self.residence_permit_valid_until_label.setObjectName(u"residence_permit_valid_until_label")

        self.permit_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.residence_permit_valid_until_label)

        self.residence_permit_valid_until_box = QVBoxLayout()
        self.residence_permit_valid_until_box.setSpacing(2)
        self.residence_permit_valid_until_box.setObjectName(u"residence_permit_valid_until_box")
        self.residence_permit_valid_until_box.setContentsMargins(0, 0, 0, 0)
        self.residence_permit_valid_until_row = QHBoxLayout()
        self.residence_permit_valid_until_row.setObjectName(u"residence_permit_valid_until_row")
        self.residence_permit_valid_until_row.setContentsMargins(0, 0, 0, 0)
        self.residence_permit_valid_until_edit = QLineEdit(self.permit_group)
        self.residence_permit_valid_until_edit.setObjectName(u"residence_permit_valid_until_edit")
        self.residence_permit_valid_until_edit.setMaximumSize(QSize(170, 16777215))

        self.residence_permit_valid_until_row.addWidget(self.residence_permit_valid_until_edit)

        self.residence_permit_valid_until_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.residence_permit_valid_until_row.addItem(self.residence_permit_valid_until_spacer)


        self.residence_permit_valid_until_box.addLayout(self.residence_permit_valid_until_row)

        self.residence_permit_valid_until_error = QLabel(self.permit_group)
        self.residence_permit_valid_until_error.setObjectName(u"residence_permit_valid_until_error")
        self.residence_permit_valid_until_error.setText(u"")
        self.residence_permit_valid_until_error.setWordWrap(True)

        self.residence_permit_valid_until_box.addWidget(self.residence_permit_valid_until_error)


        self.permit_form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.residence_permit_valid_until_box)


        self.residence_layout.addWidget(self.permit_group)

        self.benefits_group = QGroupBox(self.residence_tab)
        self.benefits_group.setObjectName(u"benefits_group")
        self.benefits_layout = QVBoxLayout(self.benefits_group)
        self.benefits_layout.setObjectName(u"benefits_layout")
        self.benefits_table = QTableWidget(self.benefits_group)
        if (self.benefits_table.columnCount() < 3):
            self.benefits_table.setColumnCount(3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.benefits_table.setHorizontalHeaderItem(0, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.benefits_table.setHorizontalHeaderItem(1, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.benefits_table.setHorizontalHeaderItem(2, __qtablewidgetitem6)
        self.benefits_table.setObjectName(u"benefits_table")
        self.benefits_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.benefits_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.benefits_table.setTabKeyNavigation(False)

        self.benefits_layout.addWidget(self.benefits_table)

        self.benefits_actions = QHBoxLayout()
        self.benefits_actions.setObjectName(u"benefits_actions")
        self.benefits_actions.setContentsMargins(0, 0, 0, 0)
        self.add_benefit_button = QPushButton(self.benefits_group)
        self.add_benefit_button.setObjectName(u"add_benefit_button")

        self.benefits_actions.addWidget(self.add_benefit_button)

        self.remove_benefit_button = QPushButton(self.benefits_group)
        self.remove_benefit_button.setObjectName(u"remove_benefit_button")

        self.benefits_actions.addWidget(self.remove_benefit_button)

        self.benefits_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.benefits_actions.addItem(self.benefits_spacer)


        self.benefits_layout.addLayout(self.benefits_actions)

        self.benefits_error = QLabel(self.benefits_group)
        self.benefits_error.setObjectName(u"benefits_error")
        self.benefits_error.setText(u"")
        self.benefits_error.setWordWrap(True)

        self.benefits_layout.addWidget(self.benefits_error)


        self.residence_layout.addWidget(self.benefits_group)

        self.tabs.addTab(self.residence_tab, "")
        self.departure_tab = QWidget()
        self.departure_tab.setObjectName(u"departure_tab")
        self.departure_layout = QHBoxLayout(self.departure_tab)
        self.departure_layout.setObjectName(u"departure_layout")
        self.departure_left = QVBoxLayout()
        self.departure_left.setObjectName(u"departure_left")
        self.departure_left.setContentsMargins(0, 0, 0, 0)
        self.destination_group = QGroupBox(self.departure_tab)
        self.destination_group.setObjectName(u"destination_group")
        self.destination_form = QFormLayout(self.destination_group)
        self.destination_form.setObjectName(u"destination_form")
        self.destination_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.destination_country_label = QLabel(self.destination_group)
        self.destination_country_label.setObjectName(u"destination_country_label")

        self.destination_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.destination_country_label)

        self.destination_country_box = QVBoxLayout()
        self.destination_country_box.setSpacing(2)
        self.destination_country_box.setObjectName(u"destination_country_box")
        self.destination_country_box.setContentsMargins(0, 0, 0, 0)
        self.destination_country_combo = QComboBox(self.destination_group)
        self.destination_country_combo.setObjectName(u"destination_country_combo")

        self.destination_country_box.addWidget(self.destination_country_combo)

        self.destination_country_error = QLabel(self.destination_group)
        self.destination_country_error.setObjectName(u"destination_country_error")
        self.destination_country_error.setText(u"")
        self.destination_country_error.setWordWrap(True)

        self.destination_country_box.addWidget(self.destination_country_error)


        self.destination_form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.destination_country_box)

        self.destination_address_label = QLabel(self.destination_group)
        self.destination_address_label.setObjectName(u"destination_address_label")

        self.destination_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.destination_address_label)

        self.destination_address_box = QVBoxLayout()
        self.destination_address_box.setSpacing(2)
        self.destination_address_box.setObjectName(u"destination_address_box")
        self.destination_address_box.setContentsMargins(0, 0, 0, 0)
        self.destination_address_edit = QPlainTextEdit(self.destination_group)
        self.destination_address_edit.setObjectName(u"destination_address_edit")
        self.destination_address_edit.setTabChangesFocus(True)
        self.destination_address_edit.setMaximumSize(QSize(16777215, 80))
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.destination_address_edit.sizePolicy().hasHeightForWidth())
        self.destination_address_edit.setSizePolicy(sizePolicy)

        self.destination_address_box.addWidget(self.destination_address_edit)

        self.destination_address_error = QLabel(self.destination_group)
        self.destination_address_error.setObjectName(u"destination_address_error")
        self.destination_address_error.setText(u"")
        self.destination_address_error.setWordWrap(True)

        self.destination_address_box.addWidget(self.destination_address_error)


        self.destination_form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.destination_address_box)

        self.destination_planned_departure_label = QLabel(self.destination_group)
        self.destination_planned_departure_label.setObjectName(u"destination_planned_departure_label")

        self.destination_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.destination_planned_departure_label)

        self.destination_planned_departure_box = QVBoxLayout()
        self.destination_planned_departure_box.setSpacing(2)
        self.destination_planned_departure_box.setObjectName(u"destination_planned_departure_box")
        self.destination_planned_departure_box.setContentsMargins(0, 0, 0, 0)
        self.destination_planned_departure_row = QHBoxLayout()
        self.destination_planned_departure_row.setObjectName(u"destination_planned_departure_row")
        self.destination_planned_departure_row.setContentsMargins(0, 0, 0, 0)
        self.destination_planned_departure_edit = QLineEdit(self.destination_group)
        self.destination_planned_departure_edit.setObjectName(u"destination_planned_departure_edit")
        self.destination_planned_departure_edit.setMaximumSize(QSize(170, 16777215))

        self.destination_planned_departure_row.addWidget(self.destination_planned_departure_edit)

        self.destination_planned_departure_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.destination_planned_departure_row.addItem(self.destination_planned_departure_spacer)


        self.destination_planned_departure_box.addLayout(self.destination_planned_departure_row)

        self.destination_planned_departure_error = QLabel(self.destination_group)
        self.destination_planned_departure_error.setObjectName(u"destination_planned_departure_error")
        self.destination_planned_departure_error.setText(u"")
        self.destination_planned_departure_error.setWordWrap(True)

        self.destination_planned_departure_box.addWidget(self.destination_planned_departure_error)


        self.destination_form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.destination_planned_departure_box)


        self.departure_left.addWidget(self.destination_group)

        self.departure_left_spacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.departure_left.addItem(self.departure_left_spacer)


        self.departure_layout.addLayout(self.departure_left)

        self.departure_right = QVBoxLayout()
        self.departure_right.setObjectName(u"departure_right")
        self.departure_right.setContentsMargins(0, 0, 0, 0)
        self.bank_group = QGroupBox(self.departure_tab)
        self.bank_group.setObjectName(u"bank_group")
        self.bank_form = QFormLayout(self.bank_group)
        self.bank_form.setObjectName(u"bank_form")
        self.bank_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.bank_abroad_iban_label = QLabel(self.bank_group)
        self.bank_abroad_iban_label.setObjectName(u"bank_abroad_iban_label")

        self.bank_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.bank_abroad_iban_label)

        self.bank_abroad_iban_box = QVBoxLayout()
        self.bank_abroad_iban_box.setSpacing(2)
        self.bank_abroad_iban_box.setObjectName(u"bank_abroad_iban_box")
        self.bank_abroad_iban_box.setContentsMargins(0, 0, 0, 0)
        self.bank_abroad_iban_edit = QLineEdit(self.bank_group)
        self.bank_abroad_iban_edit.setObjectName(u"bank_abroad_iban_edit")

        self.bank_abroad_iban_box.addWidget(self.bank_abroad_iban_edit)

        self.bank_abroad_iban_error = QLabel(self.bank_group)
        self.bank_abroad_iban_error.setObjectName(u"bank_abroad_iban_error")
        self.bank_abroad_iban_error.setText(u"")
        self.bank_abroad_iban_error.setWordWrap(True)

        self.bank_abroad_iban_box.addWidget(self.bank_abroad_iban_error)


        self.bank_form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.bank_abroad_iban_box)

        self.bank_abroad_account_number_label = QLabel(self.bank_group)
        self.bank_abroad_account_number_label.setObjectName(u"bank_abroad_account_number_label")

        self.bank_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.bank_abroad_account_number_label)

        self.bank_abroad_account_number_box = QVBoxLayout()
        self.bank_abroad_account_number_box.setSpacing(2)
        self.bank_abroad_account_number_box.setObjectName(u"bank_abroad_account_number_box")
        self.bank_abroad_account_number_box.setContentsMargins(0, 0, 0, 0)
        self.bank_abroad_account_number_edit = QLineEdit(self.bank_group)
        self.bank_abroad_account_number_edit.setObjectName(u"bank_abroad_account_number_edit")

        self.bank_abroad_account_number_box.addWidget(self.bank_abroad_account_number_edit)

        self.bank_abroad_account_number_error = QLabel(self.bank_group)
        self.bank_abroad_account_number_error.setObjectName(u"bank_abroad_account_number_error")
        self.bank_abroad_account_number_error.setText(u"")
        self.bank_abroad_account_number_error.setWordWrap(True)

        self.bank_abroad_account_number_box.addWidget(self.bank_abroad_account_number_error)


        self.bank_form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.bank_abroad_account_number_box)

        self.bank_abroad_bic_label = QLabel(self.bank_group)
        self.bank_abroad_bic_label.setObjectName(u"bank_abroad_bic_label")

        self.bank_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.bank_abroad_bic_label)

        self.bank_abroad_bic_box = QVBoxLayout()
        self.bank_abroad_bic_box.setSpacing(2)
        self.bank_abroad_bic_box.setObjectName(u"bank_abroad_bic_box")
        self.bank_abroad_bic_box.setContentsMargins(0, 0, 0, 0)
        self.bank_abroad_bic_row = QHBoxLayout()
        self.bank_abroad_bic_row.setObjectName(u"bank_abroad_bic_row")
        self.bank_abroad_bic_row.setContentsMargins(0, 0, 0, 0)
        self.bank_abroad_bic_edit = QLineEdit(self.bank_group)
        self.bank_abroad_bic_edit.setObjectName(u"bank_abroad_bic_edit")
        self.bank_abroad_bic_edit.setMaximumSize(QSize(170, 16777215))

        self.bank_abroad_bic_row.addWidget(self.bank_abroad_bic_edit)

        self.bank_abroad_bic_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bank_abroad_bic_row.addItem(self.bank_abroad_bic_spacer)


        self.bank_abroad_bic_box.addLayout(self.bank_abroad_bic_row)

        self.bank_abroad_bic_error = QLabel(self.bank_group)
        self.bank_abroad_bic_error.setObjectName(u"bank_abroad_bic_error")
        self.bank_abroad_bic_error.setText(u"")
        self.bank_abroad_bic_error.setWordWrap(True)

        self.bank_abroad_bic_box.addWidget(self.bank_abroad_bic_error)


        self.bank_form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.bank_abroad_bic_box)

        self.bank_hint_label = QLabel(self.bank_group)
        self.bank_hint_label.setObjectName(u"bank_hint_label")
        self.bank_hint_label.setWordWrap(True)

        self.bank_form.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.bank_hint_label)

        self.bank_abroad_error = QLabel(self.bank_group)
        self.bank_abroad_error.setObjectName(u"bank_abroad_error")
        self.bank_abroad_error.setText(u"")
        self.bank_abroad_error.setWordWrap(True)

        self.bank_form.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.bank_abroad_error)


        self.departure_right.addWidget(self.bank_group)

        self.departure_right_spacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.departure_right.addItem(self.departure_right_spacer)


        self.departure_layout.addLayout(self.departure_right)

        self.tabs.addTab(self.departure_tab, "")
        self.declarations_tab = QWidget()
        self.declarations_tab.setObjectName(u"declarations_tab")
        self.declarations_layout = QVBoxLayout(self.declarations_tab)
        self.declarations_layout.setObjectName(u"declarations_layout")
        self.declarations_group = QGroupBox(self.declarations_tab)
        self.declarations_group.setObjectName(u"declarations_group")
        self.declarations_form = QVBoxLayout(self.declarations_group)
        self.declarations_form.setObjectName(u"declarations_form")
        self.declarations_debts_to_state_check = QCheckBox(self.declarations_group)
        self.declarations_debts_to_state_check.setObjectName(u"declarations_debts_to_state_check")

        self.declarations_form.addWidget(self.declarations_debts_to_state_check)

        self.declarations_payment_arrangement_check = QCheckBox(self.declarations_group)
        self.declarations_payment_arrangement_check.setObjectName(u"declarations_payment_arrangement_check")

        self.declarations_form.addWidget(self.declarations_payment_arrangement_check)

        self.declarations_detention_check = QCheckBox(self.declarations_group)
        self.declarations_detention_check.setObjectName(u"declarations_detention_check")

        self.declarations_form.addWidget(self.declarations_detention_check)

        self.declarations_hint_label = QLabel(self.declarations_group)
        self.declarations_hint_label.setObjectName(u"declarations_hint_label")
        self.declarations_hint_label.setWordWrap(True)

        self.declarations_form.addWidget(self.declarations_hint_label)

        self.declarations_error = QLabel(self.declarations_group)
        self.declarations_error.setObjectName(u"declarations_error")
        self.declarations_error.setText(u"")
        self.declarations_error.setWordWrap(True)

        self.declarations_form.addWidget(self.declarations_error)


        self.declarations_layout.addWidget(self.declarations_group)

        self.declarations_spacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.declarations_layout.addItem(self.declarations_spacer)

        self.tabs.addTab(self.declarations_tab, "")
        self.contacts_tab = QWidget()
        self.contacts_tab.setObjectName(u"contacts_tab")
        self.contacts_layout = QVBoxLayout(self.contacts_tab)
        self.contacts_layout.setObjectName(u"contacts_layout")
        self.contacts_actions = QHBoxLayout()
        self.contacts_actions.setObjectName(u"contacts_actions")
        self.contacts_actions.setContentsMargins(0, 0, 0, 0)
        self.new_contact_button = QPushButton(self.contacts_tab)
        self.new_contact_button.setObjectName(u"new_contact_button")

        self.contacts_actions.addWidget(self.new_contact_button)

        self.contacts_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.contacts_actions.addItem(self.contacts_spacer)

        self.contacts_summary_label = QLabel(self.contacts_tab)
        self.contacts_summary_label.setObjectName(u"contacts_summary_label")
        self.contacts_summary_label.setText(u"")

        self.contacts_actions.addWidget(self.contacts_summary_label)


        self.contacts_layout.addLayout(self.contacts_actions)

        self.contacts_view = QTableView(self.contacts_tab)
        self.contacts_view.setObjectName(u"contacts_view")
        self.contacts_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.contacts_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.contacts_view.setTabKeyNavigation(False)
        self.contacts_view.setWordWrap(True)
        self.contacts_view.setAlternatingRowColors(True)

        self.contacts_layout.addWidget(self.contacts_view)

        self.contacts_error = QLabel(self.contacts_tab)
        self.contacts_error.setObjectName(u"contacts_error")
        self.contacts_error.setText(u"")
        self.contacts_error.setWordWrap(True)

        self.contacts_layout.addWidget(self.contacts_error)

        self.tabs.addTab(self.contacts_tab, "")
        self.notes_tab = QWidget()
        self.notes_tab.setObjectName(u"notes_tab")
        self.notes_layout = QVBoxLayout(self.notes_tab)
        self.notes_layout.setObjectName(u"notes_layout")
        self.notes_search_edit = QLineEdit(self.notes_tab)
        self.notes_search_edit.setObjectName(u"notes_search_edit")
        self.notes_search_edit.setClearButtonEnabled(True)

        self.notes_layout.addWidget(self.notes_search_edit)

        self.notes_view = QTableView(self.notes_tab)
        self.notes_view.setObjectName(u"notes_view")
        self.notes_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.notes_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.notes_view.setTabKeyNavigation(False)
        self.notes_view.setWordWrap(True)
        self.notes_view.setAlternatingRowColors(True)

        self.notes_layout.addWidget(self.notes_view)

        self.note_label = QLabel(self.notes_tab)
        self.note_label.setObjectName(u"note_label")

        self.notes_layout.addWidget(self.note_label)

        self.note_edit = QPlainTextEdit(self.notes_tab)
        self.note_edit.setObjectName(u"note_edit")
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMaximumSize(QSize(16777215, 120))

        self.notes_layout.addWidget(self.note_edit)

        self.note_actions = QHBoxLayout()
        self.note_actions.setObjectName(u"note_actions")
        self.note_actions.setContentsMargins(0, 0, 0, 0)
        self.notes_hint_label = QLabel(self.notes_tab)
        self.notes_hint_label.setObjectName(u"notes_hint_label")
        self.notes_hint_label.setWordWrap(True)
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.notes_hint_label.sizePolicy().hasHeightForWidth())
        self.notes_hint_label.setSizePolicy(sizePolicy1)

        self.note_actions.addWidget(self.notes_hint_label)

        self.amend_note_button = QPushButton(self.notes_tab)
        self.amend_note_button.setObjectName(u"amend_note_button")

        self.note_actions.addWidget(self.amend_note_button)

        self.save_note_button = QPushButton(self.notes_tab)
        self.save_note_button.setObjectName(u"save_note_button")

        self.note_actions.addWidget(self.save_note_button)


        self.notes_layout.addLayout(self.note_actions)

        self.notes_error = QLabel(self.notes_tab)
        self.notes_error.setObjectName(u"notes_error")
        self.notes_error.setText(u"")
        self.notes_error.setWordWrap(True)

        self.notes_layout.addWidget(self.notes_error)

        self.tabs.addTab(self.notes_tab, "")
        self.tasks_tab = QWidget()
        self.tasks_tab.setObjectName(u"tasks_tab")
        self.tasks_layout = QVBoxLayout(self.tasks_tab)
        self.tasks_layout.setObjectName(u"tasks_layout")
        self.task_new_row = QHBoxLayout()
        self.task_new_row.setObjectName(u"task_new_row")
        self.task_new_row.setContentsMargins(0, 0, 0, 0)
        self.task_due_label = QLabel(self.tasks_tab)
        self.task_due_label.setObjectName(u"task_due_label")

        self.task_new_row.addWidget(self.task_due_label)

        self.task_due_edit = QLineEdit(self.tasks_tab)
        self.task_due_edit.setObjectName(u"task_due_edit")
        self.task_due_edit.setMaximumSize(QSize(170, 16777215))

        self.task_new_row.addWidget(self.task_due_edit)

        self.task_text_label = QLabel(self.tasks_tab)
        self.task_text_label.setObjectName(u"task_text_label")

        self.task_new_row.addWidget(self.task_text_label)

        self.task_text_edit = QLineEdit(self.tasks_tab)
        self.task_text_edit.setObjectName(u"task_text_edit")

        self.task_new_row.addWidget(self.task_text_edit)

        self.add_task_button = QPushButton(self.tasks_tab)
        self.add_task_button.setObjectName(u"add_task_button")

        self.task_new_row.addWidget(self.add_task_button)


        self.tasks_layout.addLayout(self.task_new_row)

        self.tasks_error = QLabel(self.tasks_tab)
        self.tasks_error.setObjectName(u"tasks_error")
        self.tasks_error.setText(u"")
        self.tasks_error.setWordWrap(True)

        self.tasks_layout.addWidget(self.tasks_error)

        self.tasks_view = QTableView(self.tasks_tab)
        self.tasks_view.setObjectName(u"tasks_view")
        self.tasks_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tasks_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tasks_view.setTabKeyNavigation(False)
        self.tasks_view.setWordWrap(True)
        self.tasks_view.setAlternatingRowColors(True)

        self.tasks_layout.addWidget(self.tasks_view)

        self.task_actions = QHBoxLayout()
        self.task_actions.setObjectName(u"task_actions")
        self.task_actions.setContentsMargins(0, 0, 0, 0)
        self.tasks_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.task_actions.addItem(self.tasks_spacer)

        self.complete_task_button = QPushButton(self.tasks_tab)
        self.complete_task_button.setObjectName(u"complete_task_button")

        self.task_actions.addWidget(self.complete_task_button)


        self.tasks_layout.addLayout(self.task_actions)

        self.tabs.addTab(self.tasks_tab, "")

        self.main_layout.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.given_names_label.setBuddy(self.given_names_edit)
        self.surname_label.setBuddy(self.surname_edit)
        self.birth_date_label.setBuddy(self.birth_date_edit)
        self.bsn_label.setBuddy(self.bsn_edit)
        self.country_of_birth_label.setBuddy(self.country_of_birth_combo)
        self.nationalities_label.setBuddy(self.nationalities_edit)
        self.arrival_date_label.setBuddy(self.arrival_date_edit)
        self.phone_label.setBuddy(self.phone_edit)
        self.email_label.setBuddy(self.email_edit)
        self.language_label.setBuddy(self.language_combo)
        self.address_street_label.setBuddy(self.address_street_edit)
        self.address_house_number_label.setBuddy(self.address_house_number_edit)
        self.address_postcode_label.setBuddy(self.address_postcode_edit)
        self.address_city_label.setBuddy(self.address_city_edit)
        self.partner_given_names_label.setBuddy(self.partner_given_names_edit)
        self.partner_surname_label.setBuddy(self.partner_surname_edit)
        self.partner_birth_date_label.setBuddy(self.partner_birth_date_edit)
        self.residence_permit_type_label.setBuddy(self.residence_permit_type_edit)
        self.residence_permit_number_label.setBuddy(self.residence_permit_number_edit)
        self.residence_permit_valid_until_label.setBuddy(self.residence_permit_valid_until_edit)
        self.destination_country_label.setBuddy(self.destination_country_combo)
        self.destination_address_label.setBuddy(self.destination_address_edit)
        self.destination_planned_departure_label.setBuddy(self.destination_planned_departure_edit)
        self.bank_abroad_iban_label.setBuddy(self.bank_abroad_iban_edit)
        self.bank_abroad_account_number_label.setBuddy(self.bank_abroad_account_number_edit)
        self.bank_abroad_bic_label.setBuddy(self.bank_abroad_bic_edit)
        self.note_label.setBuddy(self.note_edit)
        self.task_due_label.setBuddy(self.task_due_edit)
        self.task_text_label.setBuddy(self.task_text_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.given_names_edit)
        QWidget.setTabOrder(self.given_names_edit, self.surname_edit)
        QWidget.setTabOrder(self.surname_edit, self.birth_date_edit)
        QWidget.setTabOrder(self.birth_date_edit, self.bsn_edit)
        QWidget.setTabOrder(self.bsn_edit, self.reveal_bsn_button)
        QWidget.setTabOrder(self.reveal_bsn_button, self.country_of_birth_combo)
        QWidget.setTabOrder(self.country_of_birth_combo, self.nationalities_edit)
        QWidget.setTabOrder(self.nationalities_edit, self.arrival_date_edit)
        QWidget.setTabOrder(self.arrival_date_edit, self.phone_edit)
        QWidget.setTabOrder(self.phone_edit, self.email_edit)
        QWidget.setTabOrder(self.email_edit, self.language_combo)
        QWidget.setTabOrder(self.language_combo, self.address_street_edit)
        QWidget.setTabOrder(self.address_street_edit, self.address_house_number_edit)
        QWidget.setTabOrder(self.address_house_number_edit, self.address_postcode_edit)
        QWidget.setTabOrder(self.address_postcode_edit, self.address_city_edit)
        QWidget.setTabOrder(self.address_city_edit, self.partner_given_names_edit)
        QWidget.setTabOrder(self.partner_given_names_edit, self.partner_surname_edit)
        QWidget.setTabOrder(self.partner_surname_edit, self.partner_birth_date_edit)
        QWidget.setTabOrder(self.partner_birth_date_edit, self.partner_co_migrates_check)
        QWidget.setTabOrder(self.partner_co_migrates_check, self.remove_partner_button)
        QWidget.setTabOrder(self.remove_partner_button, self.children_table)
        QWidget.setTabOrder(self.children_table, self.add_child_button)
        QWidget.setTabOrder(self.add_child_button, self.remove_child_button)
        QWidget.setTabOrder(self.remove_child_button, self.residence_permit_type_edit)
        QWidget.setTabOrder(self.residence_permit_type_edit, self.residence_permit_number_edit)
        QWidget.setTabOrder(self.residence_permit_number_edit, self.residence_permit_valid_until_edit)
        QWidget.setTabOrder(self.residence_permit_valid_until_edit, self.benefits_table)
        QWidget.setTabOrder(self.benefits_table, self.add_benefit_button)
        QWidget.setTabOrder(self.add_benefit_button, self.remove_benefit_button)
        QWidget.setTabOrder(self.remove_benefit_button, self.destination_country_combo)
        QWidget.setTabOrder(self.destination_country_combo, self.destination_address_edit)
        QWidget.setTabOrder(self.destination_address_edit, self.destination_planned_departure_edit)
        QWidget.setTabOrder(self.destination_planned_departure_edit, self.bank_abroad_iban_edit)
        QWidget.setTabOrder(self.bank_abroad_iban_edit, self.bank_abroad_account_number_edit)
        QWidget.setTabOrder(self.bank_abroad_account_number_edit, self.bank_abroad_bic_edit)
        QWidget.setTabOrder(self.bank_abroad_bic_edit, self.declarations_debts_to_state_check)
        QWidget.setTabOrder(self.declarations_debts_to_state_check, self.declarations_payment_arrangement_check)
        QWidget.setTabOrder(self.declarations_payment_arrangement_check, self.declarations_detention_check)
        QWidget.setTabOrder(self.declarations_detention_check, self.new_contact_button)
        QWidget.setTabOrder(self.new_contact_button, self.contacts_view)
        QWidget.setTabOrder(self.contacts_view, self.notes_search_edit)
        QWidget.setTabOrder(self.notes_search_edit, self.notes_view)
        QWidget.setTabOrder(self.notes_view, self.note_edit)
        QWidget.setTabOrder(self.note_edit, self.amend_note_button)
        QWidget.setTabOrder(self.amend_note_button, self.save_note_button)
        QWidget.setTabOrder(self.save_note_button, self.task_due_edit)
        QWidget.setTabOrder(self.task_due_edit, self.task_text_edit)
        QWidget.setTabOrder(self.task_text_edit, self.add_task_button)
        QWidget.setTabOrder(self.add_task_button, self.tasks_view)
        QWidget.setTabOrder(self.tasks_view, self.complete_task_button)
        QWidget.setTabOrder(self.complete_task_button, self.save_button)
        QWidget.setTabOrder(self.save_button, self.back_button)

        self.retranslateUi(client_file)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(client_file)
    # setupUi

    def retranslateUi(self, client_file):
        client_file.setWindowTitle(QCoreApplication.translate("ClientFile", u"Cli\u00ebntdossier", None))
        self.back_button.setText(QCoreApplication.translate("ClientFile", u"Terug", None))
        self.title_label.setText(QCoreApplication.translate("ClientFile", u"Cli\u00ebntdossier", None))
        self.letter_button.setText(QCoreApplication.translate("ClientFile", u"Brief &maken\u2026", None))
        self.save_button.setText(QCoreApplication.translate("ClientFile", u"Opslaan", None))
        self.person_group.setTitle(QCoreApplication.translate("ClientFile", u"Persoonsgegevens", None))
        self.given_names_label.setText(QCoreApplication.translate("ClientFile", u"Voornamen", None))
        self.surname_label.setText(QCoreApplication.translate("ClientFile", u"Achternaam", None))
        self.birth_date_label.setText(QCoreApplication.translate("ClientFile", u"Geboortedatum", None))
        self.birth_date_edit.setPlaceholderText(QCoreApplication.translate("ClientFile", u"DD-MM-JJJJ", None))
        self.bsn_label.setText(QCoreApplication.translate("ClientFile", u"BSN", None))
        self.reveal_bsn_button.setText(QCoreApplication.translate("ClientFile", u"Toon", None))
        self.country_of_birth_label.setText(QCoreApplication.translate("ClientFile", u"Geboorteland", None))
        self.nationalities_label.setText(QCoreApplication.translate("ClientFile", u"Nationaliteiten", None))
        self.nationalities_edit.setPlaceholderText(QCoreApplication.translate("ClientFile", u"landcodes, bijv. TR, NL", None))
        self.arrival_date_label.setText(QCoreApplication.translate("ClientFile", u"Aankomst in Nederland", None))
        self.arrival_date_edit.setPlaceholderText(QCoreApplication.translate("ClientFile", u"DD-MM-JJJJ", None))
        self.contact_group.setTitle(QCoreApplication.translate("ClientFile", u"Contact en adres", None))
        self.phone_label.setText(QCoreApplication.translate("ClientFile", u"Telefoon", None))
        self.phone_edit.setPlaceholderText(QCoreApplication.translate("ClientFile", u"06 12345678 of +90 \u2026", None))
        self.email_label.setText(QCoreApplication.translate("ClientFile", u"E-mail", None))
        self.language_label.setText(QCoreApplication.translate("ClientFile", u"Gesprekstaal", None))
        self.address_street_label.setText(QCoreApplication.translate("ClientFile", u"Straat", None))
        self.address_house_number_label.setText(QCoreApplication.translate("ClientFile", u"Huisnummer", None))
        self.address_postcode_label.setText(QCoreApplication.translate("ClientFile", u"Postcode", None))
        self.address_postcode_edit.setPlaceholderText(QCoreApplication.translate("ClientFile", u"1234 AB", None))
        self.address_city_label.setText(QCoreApplication.translate("ClientFile", u"Plaats", None))
        self.tabs.setTabText(self.tabs.indexOf(self.person_tab), QCoreApplication.translate("ClientFile", u"&Persoon", None))
        self.partner_group.setTitle(QCoreApplication.translate("ClientFile", u"Partner", None))
        self.partner_given_names_label.setText(QCoreApplication.translate("ClientFile", u"Voornamen", None))
        self.partner_surname_label.setText(QCoreApplication.translate("ClientFile", u"Achternaam", None))
        self.partner_birth_date_label.setText(QCoreApplication.translate("ClientFile", u"Geboortedatum", None))
        self.partner_birth_date_edit.setPlaceholderText(QCoreApplication.translate("ClientFile", u"DD-MM-JJJJ", None))
        self.partner_co_migrates_check.setText(QCoreApplication.translate("ClientFile", u"Remigreert mee", None))
        self.remove_partner_button.setText(QCoreApplication.translate("ClientFile", u"Partner verwijderen", None))
        self.children_group.setTitle(QCoreApplication.translate("ClientFile", u"Kinderen", None))
        ___qtablewidgetitem = self.children_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ClientFile", u"Voornamen", None))
        ___qtablewidgetitem1 = self.children_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ClientFile", u"Achternaam", None))
        ___qtablewidgetitem2 = self.children_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ClientFile", u"Geboortedatum", None))
        ___qtablewidgetitem3 = self.children_table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("ClientFile", u"Remigreert mee", None))
        self.add_child_button.setText(QCoreApplication.translate("ClientFile", u"Kind toevoegen", None))
        self.remove_child_button.setText(QCoreApplication.translate("ClientFile", u"Kind verwijderen", None))
        self.tabs.setTabText(self.tabs.indexOf(self.household_tab), QCoreApplication.translate("ClientFile", u"&Huishouden", None))
        self.permit_group.setTitle(QCoreApplication.translate("ClientFile", u"Verblijfsvergunning", None))
        self.residence_permit_type_label.setText(QCoreApplication.translate("ClientFile", u"Soort", None))
        self.residence_permit_type_edit.setPlaceholderText(QCoreApplication.translate("ClientFile", u"bijv. regulier onbepaalde tijd", None))
        self.residence_permit_number_label.setText(QCoreApplication.translate("ClientFile", u"Documentnummer", None))
        self.residence_permit_valid_until_label.setText(QCoreApplication.translate("ClientFile", u"Geldig tot", None))
        self.residence_permit_valid_until_edit.setPlaceholderText(QCoreApplication.translate("ClientFile", u"DD-MM-JJJJ", None))
        self.benefits_group.setTitle(QCoreApplication.translate("ClientFile", u"Uitkeringen", None))
        ___qtablewidgetitem4 = self.benefits_table.horizontalHeaderItem(0)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("ClientFile", u"Soort", None))
        ___qtablewidgetitem5 = self.benefits_table.horizontalHeaderItem(1)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("ClientFile", u"Betaald door", None))
        ___qtablewidgetitem6 = self.benefits_table.horizontalHeaderItem(2)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("ClientFile", u"Sinds (DD-MM-JJJJ)", None))
        self.add_benefit_button.setText(QCoreApplication.translate("ClientFile", u"Uitkering toevoegen", None))
        self.remove_benefit_button.setText(QCoreApplication.translate("ClientFile", u"Uitkering verwijderen", None))
        self.tabs.setTabText(self.tabs.indexOf(self.residence_tab), QCoreApplication.translate("ClientFile", u"&Verblijf en uitkering", None))
        self.destination_group.setTitle(QCoreApplication.translate("ClientFile", u"Vertrek", None))
        self.destination_country_label.setText(QCoreApplication.translate("ClientFile", u"Bestemmingsland", None))
        self.destination_address_label.setText(QCoreApplication.translate("ClientFile", u"Adres in het buitenland", None))
        self.destination_planned_departure_label.setText(QCoreApplication.translate("ClientFile", u"Geplande vertrekdatum", None))
        self.destination_planned_departure_edit.setPlaceholderText(QCoreApplication.translate("ClientFile", u"DD-MM-JJJJ", None))
        self.bank_group.setTitle(QCoreApplication.translate("ClientFile", u"Bankrekening in het buitenland", None))
        self.bank_abroad_iban_label.setText(QCoreApplication.translate("ClientFile", u"IBAN", None))
        self.bank_abroad_account_number_label.setText(QCoreApplication.translate("ClientFile", u"Rekeningnummer", None))
        self.bank_abroad_bic_label.setText(QCoreApplication.translate("ClientFile", u"BIC", None))
        self.bank_hint_label.setText(QCoreApplication.translate("ClientFile", u"Landen met IBAN (zoals Turkije): alleen IBAN. Marokko: het RIB van 24 cijfers als rekeningnummer. Suriname en andere landen zonder IBAN: rekeningnummer en BIC.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.departure_tab), QCoreApplication.translate("ClientFile", u"V&ertrek en bank", None))
        self.declarations_group.setTitle(QCoreApplication.translate("ClientFile", u"Verklaringen van de cli\u00ebnt", None))
        self.declarations_debts_to_state_check.setText(QCoreApplication.translate("ClientFile", u"Heeft schulden bij de Nederlandse staat (belasting, boetes)", None))
        self.declarations_payment_arrangement_check.setText(QCoreApplication.translate("ClientFile", u"Er is een betalingsregeling voor die schulden", None))
        self.declarations_detention_check.setText(QCoreApplication.translate("ClientFile", u"Zit in detentie of is voortvluchtig", None))
        self.declarations_hint_label.setText(QCoreApplication.translate("ClientFile", u"Taakstraf of verplichte psychiatrische behandeling telt niet als detentie.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.declarations_tab), QCoreApplication.translate("ClientFile", u"Verkla&ringen", None))
        self.new_contact_button.setText(QCoreApplication.translate("ClientFile", u"Nieuw contact\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.contacts_tab), QCoreApplication.translate("ClientFile", u"&Contacten", None))
        self.notes_search_edit.setPlaceholderText(QCoreApplication.translate("ClientFile", u"Zoeken in de notities van deze cli\u00ebnt\u2026", None))
        self.note_label.setText(QCoreApplication.translate("ClientFile", u"Nieuwe notitie of aanvulling", None))
        self.notes_hint_label.setText(QCoreApplication.translate("ClientFile", u"Ctrl+Enter slaat op. Een notitie blijft zoals ze is geschreven; vul haar aan met een nieuwe tekst.", None))
        self.amend_note_button.setText(QCoreApplication.translate("ClientFile", u"Aanvullen", None))
        self.save_note_button.setText(QCoreApplication.translate("ClientFile", u"Opslaan", None))
        self.tabs.setTabText(self.tabs.indexOf(self.notes_tab), QCoreApplication.translate("ClientFile", u"&Notities", None))
        self.task_due_label.setText(QCoreApplication.translate("ClientFile", u"Uiterlijk", None))
        self.task_due_edit.setPlaceholderText(QCoreApplication.translate("ClientFile", u"DD-MM-JJJJ", None))
        self.task_text_label.setText(QCoreApplication.translate("ClientFile", u"Taak", None))
        self.task_text_edit.setPlaceholderText(QCoreApplication.translate("ClientFile", u"bijv. kopie paspoort partner opvragen", None))
        self.add_task_button.setText(QCoreApplication.translate("ClientFile", u"Toevoegen", None))
        self.complete_task_button.setText(QCoreApplication.translate("ClientFile", u"Afgerond", None))
        self.tabs.setTabText(self.tabs.indexOf(self.tasks_tab), QCoreApplication.translate("ClientFile", u"&Taken", None))
    # retranslateUi

