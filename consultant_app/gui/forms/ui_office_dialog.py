# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'office_dialog.ui'
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
    QLabel, QSizePolicy, QTabWidget, QVBoxLayout,
    QWidget)

class Ui_OfficeDialog(object):
    def setupUi(self, office_dialog):
        if not office_dialog.objectName():
            office_dialog.setObjectName(u"office_dialog")
        office_dialog.resize(1240, 640)
        self.layout = QVBoxLayout(office_dialog)
        self.layout.setObjectName(u"layout")
        self.intro_label = QLabel(office_dialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.layout.addWidget(self.intro_label)

        self.tabs = QTabWidget(office_dialog)
        self.tabs.setObjectName(u"tabs")
        self.sessions_tab = QWidget()
        self.sessions_tab.setObjectName(u"sessions_tab")
        self.sessions_tab_layout = QVBoxLayout(self.sessions_tab)
        self.sessions_tab_layout.setObjectName(u"sessions_tab_layout")
        self.sessions_tab_layout.setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.sessions_tab, "")
        self.relations_tab = QWidget()
        self.relations_tab.setObjectName(u"relations_tab")
        self.relations_tab_layout = QVBoxLayout(self.relations_tab)
        self.relations_tab_layout.setObjectName(u"relations_tab_layout")
        self.relations_tab_layout.setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.relations_tab, "")
        self.partners_tab = QWidget()
        self.partners_tab.setObjectName(u"partners_tab")
        self.partners_tab_layout = QVBoxLayout(self.partners_tab)
        self.partners_tab_layout.setObjectName(u"partners_tab_layout")
        self.partners_tab_layout.setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.partners_tab, "")
        self.locations_tab = QWidget()
        self.locations_tab.setObjectName(u"locations_tab")
        self.locations_tab_layout = QVBoxLayout(self.locations_tab)
        self.locations_tab_layout.setObjectName(u"locations_tab_layout")
        self.locations_tab_layout.setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.locations_tab, "")
        self.figures_tab = QWidget()
        self.figures_tab.setObjectName(u"figures_tab")
        self.figures_tab_layout = QVBoxLayout(self.figures_tab)
        self.figures_tab_layout.setObjectName(u"figures_tab_layout")
        self.figures_tab_layout.setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.figures_tab, "")

        self.layout.addWidget(self.tabs)

        self.button_box = QDialogButtonBox(office_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.layout.addWidget(self.button_box)


        self.retranslateUi(office_dialog)

        QMetaObject.connectSlotsByName(office_dialog)
    # setupUi

    def retranslateUi(self, office_dialog):
        office_dialog.setWindowTitle(QCoreApplication.translate("OfficeDialog", u"Registratie van het kantoor", None))
        self.intro_label.setText(QCoreApplication.translate("OfficeDialog", u"Wat het kantoor naast de dossiers registreert, voor de jaarcijfers. Geen persoonsgegevens: geen namen van cli\u00ebnten, e-mailadressen, telefoon- of rekeningnummers.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.sessions_tab), QCoreApplication.translate("OfficeDialog", u"&Groepsvoorlichting", None))
        self.tabs.setTabText(self.tabs.indexOf(self.relations_tab), QCoreApplication.translate("OfficeDialog", u"&Relatiecontacten", None))
        self.tabs.setTabText(self.tabs.indexOf(self.partners_tab), QCoreApplication.translate("OfficeDialog", u"&Partners", None))
        self.tabs.setTabText(self.tabs.indexOf(self.locations_tab), QCoreApplication.translate("OfficeDialog", u"&Spreekuurlocaties", None))
        self.tabs.setTabText(self.tabs.indexOf(self.figures_tab), QCoreApplication.translate("OfficeDialog", u"&Landelijke cijfers", None))
    # retranslateUi

