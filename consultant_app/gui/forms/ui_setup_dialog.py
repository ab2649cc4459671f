# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setup_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QProgressBar, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_SetupDialog(object):
    def setupUi(self, setup_dialog):
        if not setup_dialog.objectName():
            setup_dialog.setObjectName(u"setup_dialog")
        setup_dialog.resize(560, 640)
        setup_dialog.setMinimumSize(QSize(520, 0))
        self.main_layout = QVBoxLayout(setup_dialog)
        self.main_layout.setObjectName(u"main_layout")
        self.title_label = QLabel(setup_dialog)
        self.title_label.setObjectName(u"title_label")
        font = QFont()
        font.setPointSize(15)
        font.setBold(True)
        self.title_label.setFont(font)

        self.main_layout.addWidget(self.title_label)

        self.intro_label = QLabel(setup_dialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.consultant_group = QGroupBox(setup_dialog)
        self.consultant_group.setObjectName(u"consultant_group")
        self.consultant_layout = QFormLayout(self.consultant_group)
        self.consultant_layout.setObjectName(u"consultant_layout")
        self.name_label = QLabel(self.consultant_group)
        self.name_label.setObjectName(u"name_label")

        self.consultant_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(self.consultant_group)
        self.name_edit.setObjectName(u"name_edit")
        self.name_edit.setMaxLength(200)

        self.consultant_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.organisation_label = QLabel(self.consultant_group)
        self.organisation_label.setObjectName(u"organisation_label")

        self.consultant_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.organisation_label)

        self.organisation_edit = QLineEdit(self.consultant_group)
        self.organisation_edit.setObjectName(u"organisation_edit")
        self.organisation_edit.setMaxLength(200)

        self.consultant_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.organisation_edit)


        self.main_layout.addWidget(self.consultant_group)

        self.passphrase_group = QGroupBox(setup_dialog)
        self.passphrase_group.setObjectName(u"passphrase_group")
        self.passphrase_layout = QFormLayout(self.passphrase_group)
        self.passphrase_layout.setObjectName(u"passphrase_layout")
        self.passphrase_hint_label = QLabel(self.passphrase_group)
        self.passphrase_hint_label.setObjectName(u"passphrase_hint_label")
        self.passphrase_hint_label.setWordWrap(True)

        self.passphrase_layout.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.passphrase_hint_label)

        self.passphrase_label = QLabel(self.passphrase_group)
        self.passphrase_label.setObjectName(u"passphrase_label")

        self.passphrase_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passphrase_label)

        self.passphrase_edit = QLineEdit(self.passphrase_group)
        self.passphrase_edit.setObjectName(u"passphrase_edit")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.passphrase_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passphrase_edit)

        self.repeat_label = QLabel(self.passphrase_group)
        self.repeat_label.setObjectName(u"repeat_label")

        self.passphrase_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.repeat_label)

        self.repeat_edit = QLineEdit(self.passphrase_group)
        self.repeat_edit.setObjectName(u"repeat_edit")
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.passphrase_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.repeat_edit)

        self.show_passphrase_check = QCheckBox(self.passphrase_group)
        self.show_passphrase_check.setObjectName(u"show_passphrase_check")

        self.passphrase_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.show_passphrase_check)

        self.strength_title_label = QLabel(self.passphrase_group)
        self.strength_title_label.setObjectName(u"strength_title_label")

        self.passphrase_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.strength_title_label)

        self.strength_layout = QHBoxLayout()
        self.strength_layout.setObjectName(u"strength_layout")
        self.strength_bar = QProgressBar(self.passphrase_group)
        self.strength_bar.setObjectName(u"strength_bar")
        self.strength_bar.setMaximum(100)
        self.strength_bar.setValue(0)
        self.strength_bar.setTextVisible(False)

        self.strength_layout.addWidget(self.strength_bar)

        self.strength_label = QLabel(self.passphrase_group)
        self.strength_label.setObjectName(u"strength_label")
        self.strength_label.setMinimumSize(QSize(90, 0))
        self.strength_label.setText(u"")

        self.strength_layout.addWidget(self.strength_label)


        self.passphrase_layout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.strength_layout)


        self.main_layout.addWidget(self.passphrase_group)

        self.recovery_group = QGroupBox(setup_dialog)
        self.recovery_group.setObjectName(u"recovery_group")
        self.recovery_layout = QVBoxLayout(self.recovery_group)
        self.recovery_layout.setObjectName(u"recovery_layout")
        self.recovery_hint_label = QLabel(self.recovery_group)
        self.recovery_hint_label.setObjectName(u"recovery_hint_label")
        self.recovery_hint_label.setWordWrap(True)

        self.recovery_layout.addWidget(self.recovery_hint_label)

        self.recovery_file_layout = QHBoxLayout()
        self.recovery_file_layout.setObjectName(u"recovery_file_layout")
        self.recovery_path_edit = QLineEdit(self.recovery_group)
        self.recovery_path_edit.setObjectName(u"recovery_path_edit")
        self.recovery_path_edit.setReadOnly(True)

        self.recovery_file_layout.addWidget(self.recovery_path_edit)

        self.choose_recovery_button = QPushButton(self.recovery_group)
        self.choose_recovery_button.setObjectName(u"choose_recovery_button")
        self.choose_recovery_button.setAutoDefault(False)

        self.recovery_file_layout.addWidget(self.choose_recovery_button)

        self.clear_recovery_button = QPushButton(self.recovery_group)
        self.clear_recovery_button.setObjectName(u"clear_recovery_button")
        self.clear_recovery_button.setAutoDefault(False)

        self.recovery_file_layout.addWidget(self.clear_recovery_button)


        self.recovery_layout.addLayout(self.recovery_file_layout)

        self.recovery_status_label = QLabel(self.recovery_group)
        self.recovery_status_label.setObjectName(u"recovery_status_label")
        self.recovery_status_label.setText(u"")
        self.recovery_status_label.setWordWrap(True)
        self.recovery_status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.recovery_layout.addWidget(self.recovery_status_label)


        self.main_layout.addWidget(self.recovery_group)

        self.problem_label = QLabel(setup_dialog)
        self.problem_label.setObjectName(u"problem_label")
        self.problem_label.setText(u"")
        self.problem_label.setWordWrap(True)

        self.main_layout.addWidget(self.problem_label)

        self.busy_layout = QHBoxLayout()
        self.busy_layout.setObjectName(u"busy_layout")
        self.busy_bar = QProgressBar(setup_dialog)
        self.busy_bar.setObjectName(u"busy_bar")
        self.busy_bar.setMaximum(0)
        self.busy_bar.setTextVisible(False)

        self.busy_layout.addWidget(self.busy_bar)

        self.busy_label = QLabel(setup_dialog)
        self.busy_label.setObjectName(u"busy_label")

        self.busy_layout.addWidget(self.busy_label)


        self.main_layout.addLayout(self.busy_layout)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(setup_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.organisation_label.setBuddy(self.organisation_edit)
        self.passphrase_label.setBuddy(self.passphrase_edit)
        self.repeat_label.setBuddy(self.repeat_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name_edit, self.organisation_edit)
        QWidget.setTabOrder(self.organisation_edit, self.passphrase_edit)
        QWidget.setTabOrder(self.passphrase_edit, self.repeat_edit)
        QWidget.setTabOrder(self.repeat_edit, self.show_passphrase_check)
        QWidget.setTabOrder(self.show_passphrase_check, self.choose_recovery_button)
        QWidget.setTabOrder(self.choose_recovery_button, self.clear_recovery_button)
        QWidget.setTabOrder(self.clear_recovery_button, self.recovery_path_edit)

        self.retranslateUi(setup_dialog)

        QMetaObject.connectSlotsByName(setup_dialog)
    # setupUi

    def retranslateUi(self, setup_dialog):
        setup_dialog.setWindowTitle(QCoreApplication.translate("SetupDialog", u"Spreekuur instellen", None))
        self.title_label.setText(QCoreApplication.translate("SetupDialog", u"Welkom bij Spreekuur", None))
        self.intro_label.setText(QCoreApplication.translate("SetupDialog", u"Je dossiers worden versleuteld bewaard in een kluis op deze computer. Maak die kluis nu aan; daarna open je hem steeds met je wachtwoordzin.", None))
        self.consultant_group.setTitle(QCoreApplication.translate("SetupDialog", u"Consulent", None))
        self.name_label.setText(QCoreApplication.translate("SetupDialog", u"&Naam", None))
        self.name_edit.setPlaceholderText(QCoreApplication.translate("SetupDialog", u"voornaam en achternaam", None))
        self.organisation_label.setText(QCoreApplication.translate("SetupDialog", u"&Organisatie", None))
        self.organisation_edit.setPlaceholderText(QCoreApplication.translate("SetupDialog", u"optioneel", None))
        self.passphrase_group.setTitle(QCoreApplication.translate("SetupDialog", u"Wachtwoordzin", None))
        self.passphrase_hint_label.setText(QCoreApplication.translate("SetupDialog", u"Minimaal 12 tekens. Een zin van een paar woorden die je goed kunt onthouden is het best: lang is sterker dan ingewikkeld. Er is geen \u2018wachtwoord vergeten\u2019: zonder deze wachtwoordzin (of de herstelsleutel van kantoor) gaat de kluis niet meer open.", None))
        self.passphrase_label.setText(QCoreApplication.translate("SetupDialog", u"&Wachtwoordzin", None))
        self.repeat_label.setText(QCoreApplication.translate("SetupDialog", u"&Herhaal", None))
        self.show_passphrase_check.setText(QCoreApplication.translate("SetupDialog", u"Wachtwoordzin &tonen", None))
        self.strength_title_label.setText(QCoreApplication.translate("SetupDialog", u"Sterkte", None))
        self.recovery_group.setTitle(QCoreApplication.translate("SetupDialog", u"Herstelsleutel van kantoor (optioneel)", None))
        self.recovery_hint_label.setText(QCoreApplication.translate("SetupDialog", u"Met de herstelsleutel kan kantoor je toegang herstellen als je de wachtwoordzin vergeet, zonder die ooit te zien. Je krijgt dit bestand (.pem) van je organisatie.", None))
        self.recovery_path_edit.setPlaceholderText(QCoreApplication.translate("SetupDialog", u"geen herstelsleutel gekozen", None))
        self.choose_recovery_button.setText(QCoreApplication.translate("SetupDialog", u"&Kiezen\u2026", None))
        self.clear_recovery_button.setText(QCoreApplication.translate("SetupDialog", u"&Wissen", None))
        self.busy_label.setText(QCoreApplication.translate("SetupDialog", u"Kluis wordt aangemaakt; dit duurt een paar seconden\u2026", None))
    # retranslateUi

