# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sync_login_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_SyncLoginDialog(object):
    def setupUi(self, sync_login_dialog):
        if not sync_login_dialog.objectName():
            sync_login_dialog.setObjectName(u"sync_login_dialog")
        sync_login_dialog.resize(520, 300)
        self.main_layout = QVBoxLayout(sync_login_dialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(sync_login_dialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.server_label = QLabel(sync_login_dialog)
        self.server_label.setObjectName(u"server_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.server_label)

        self.server_edit = QLineEdit(sync_login_dialog)
        self.server_edit.setObjectName(u"server_edit")
        self.server_edit.setPlaceholderText(u"https://registry.example.org")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.server_edit)

        self.user_label = QLabel(sync_login_dialog)
        self.user_label.setObjectName(u"user_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.user_label)

        self.user_edit = QLineEdit(sync_login_dialog)
        self.user_edit.setObjectName(u"user_edit")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.user_edit)

        self.password_label = QLabel(sync_login_dialog)
        self.password_label.setObjectName(u"password_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password_edit = QLineEdit(sync_login_dialog)
        self.password_edit.setObjectName(u"password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.password_edit)

        self.ca_file_label = QLabel(sync_login_dialog)
        self.ca_file_label.setObjectName(u"ca_file_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.ca_file_label)

        self.ca_file_layout = QHBoxLayout()
        self.ca_file_layout.setObjectName(u"ca_file_layout")
        self.ca_file_edit = QLineEdit(sync_login_dialog)
        self.ca_file_edit.setObjectName(u"ca_file_edit")

        self.ca_file_layout.addWidget(self.ca_file_edit)

        self.ca_file_button = QPushButton(sync_login_dialog)
        self.ca_file_button.setObjectName(u"ca_file_button")
        self.ca_file_button.setAutoDefault(False)

        self.ca_file_layout.addWidget(self.ca_file_button)


        self.form_layout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.ca_file_layout)


        self.main_layout.addLayout(self.form_layout)

        self.status_label = QLabel(sync_login_dialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setText(u"")
        self.status_label.setWordWrap(True)

        self.main_layout.addWidget(self.status_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(sync_login_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.server_label.setBuddy(self.server_edit)
        self.user_label.setBuddy(self.user_edit)
        self.password_label.setBuddy(self.password_edit)
        self.ca_file_label.setBuddy(self.ca_file_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.server_edit, self.user_edit)
        QWidget.setTabOrder(self.user_edit, self.password_edit)
        QWidget.setTabOrder(self.password_edit, self.ca_file_edit)
        QWidget.setTabOrder(self.ca_file_edit, self.ca_file_button)

        self.retranslateUi(sync_login_dialog)

        QMetaObject.connectSlotsByName(sync_login_dialog)
    # setupUi

    def retranslateUi(self, sync_login_dialog):
        sync_login_dialog.setWindowTitle(QCoreApplication.translate("SyncLoginDialog", u"Inloggen bij de centrale registratie", None))
        self.intro_label.setText(QCoreApplication.translate("SyncLoginDialog", u"Log in bij de centrale registratie van je organisatie om je werk te synchroniseren met dat van je collega's.", None))
        self.server_label.setText(QCoreApplication.translate("SyncLoginDialog", u"&Adres van de centrale registratie", None))
        self.user_label.setText(QCoreApplication.translate("SyncLoginDialog", u"&Gebruikersnaam", None))
        self.password_label.setText(QCoreApplication.translate("SyncLoginDialog", u"&Wachtwoord", None))
        self.ca_file_label.setText(QCoreApplication.translate("SyncLoginDialog", u"&CA-bestand (optioneel)", None))
        self.ca_file_edit.setPlaceholderText(QCoreApplication.translate("SyncLoginDialog", u"alleen als de beheerder dat vraagt", None))
        self.ca_file_button.setText(QCoreApplication.translate("SyncLoginDialog", u"&Bladeren\u2026", None))
    # retranslateUi

