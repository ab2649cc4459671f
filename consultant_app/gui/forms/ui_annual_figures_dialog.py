# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'annual_figures_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFrame, QHBoxLayout, QLabel,
    QPushButton, QRadioButton, QScrollArea, QSizePolicy,
    QSpacerItem, QStackedWidget, QTabWidget, QTextBrowser,
    QVBoxLayout, QWidget)

class Ui_AnnualFiguresDialog(object):
    def setupUi(self, annual_figures_dialog):
        if not annual_figures_dialog.objectName():
            annual_figures_dialog.setObjectName(u"annual_figures_dialog")
        annual_figures_dialog.resize(980, 660)
        self.layout = QVBoxLayout(annual_figures_dialog)
        self.layout.setObjectName(u"layout")
        self.year_layout = QHBoxLayout()
        self.year_layout.setObjectName(u"year_layout")
        self.scope_label = QLabel(annual_figures_dialog)
        self.scope_label.setObjectName(u"scope_label")

        self.year_layout.addWidget(self.scope_label)

        self.own_radio = QRadioButton(annual_figures_dialog)
        self.own_radio.setObjectName(u"own_radio")
        self.own_radio.setChecked(True)

        self.year_layout.addWidget(self.own_radio)

        self.team_radio = QRadioButton(annual_figures_dialog)
        self.team_radio.setObjectName(u"team_radio")
        self.team_radio.setEnabled(False)

        self.year_layout.addWidget(self.team_radio)

        self.scope_spacer = QSpacerItem(16, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.year_layout.addItem(self.scope_spacer)

        self.year_label = QLabel(annual_figures_dialog)
        self.year_label.setObjectName(u"year_label")

        self.year_layout.addWidget(self.year_label)

        self.year_combo = QComboBox(annual_figures_dialog)
        self.year_combo.setObjectName(u"year_combo")
        self.year_combo.setMinimumContentsLength(6)

        self.year_layout.addWidget(self.year_combo)

        self.compared_label = QLabel(annual_figures_dialog)
        self.compared_label.setObjectName(u"compared_label")

        self.year_layout.addWidget(self.compared_label)

        self.year_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.year_layout.addItem(self.year_spacer)

        self.export_button = QPushButton(annual_figures_dialog)
        self.export_button.setObjectName(u"export_button")
        self.export_button.setAutoDefault(False)

        self.year_layout.addWidget(self.export_button)


        self.layout.addLayout(self.year_layout)

        self.intro_label = QLabel(annual_figures_dialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.layout.addWidget(self.intro_label)

        self.pages = QStackedWidget(annual_figures_dialog)
        self.pages.setObjectName(u"pages")
        self.figures_page = QWidget()
        self.figures_page.setObjectName(u"figures_page")
        self.figures_page_layout = QVBoxLayout(self.figures_page)
        self.figures_page_layout.setObjectName(u"figures_page_layout")
        self.figures_page_layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget(self.figures_page)
        self.tabs.setObjectName(u"tabs")
        self.figures_tab = QWidget()
        self.figures_tab.setObjectName(u"figures_tab")
        self.figures_tab_layout = QVBoxLayout(self.figures_tab)
        self.figures_tab_layout.setObjectName(u"figures_tab_layout")
        self.figures_scroll = QScrollArea(self.figures_tab)
        self.figures_scroll.setObjectName(u"figures_scroll")
        self.figures_scroll.setWidgetResizable(True)
        self.figures_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.figures_contents = QWidget()
        self.figures_contents.setObjectName(u"figures_contents")
        self.figures_layout = QVBoxLayout(self.figures_contents)
        self.figures_layout.setObjectName(u"figures_layout")
        self.figures_scroll.setWidget(self.figures_contents)

        self.figures_tab_layout.addWidget(self.figures_scroll)

        self.tabs.addTab(self.figures_tab, "")
        self.definitions_tab = QWidget()
        self.definitions_tab.setObjectName(u"definitions_tab")
        self.definitions_tab_layout = QVBoxLayout(self.definitions_tab)
        self.definitions_tab_layout.setObjectName(u"definitions_tab_layout")
        self.definitions_browser = QTextBrowser(self.definitions_tab)
        self.definitions_browser.setObjectName(u"definitions_browser")

        self.definitions_tab_layout.addWidget(self.definitions_browser)

        self.tabs.addTab(self.definitions_tab, "")

        self.figures_page_layout.addWidget(self.tabs)

        self.pages.addWidget(self.figures_page)
        self.message_page = QWidget()
        self.message_page.setObjectName(u"message_page")
        self.message_page_layout = QVBoxLayout(self.message_page)
        self.message_page_layout.setObjectName(u"message_page_layout")
        self.message_page_layout.setContentsMargins(0, -1, 0, -1)
        self.message_label = QLabel(self.message_page)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)

        self.message_page_layout.addWidget(self.message_label)

        self.message_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.message_page_layout.addItem(self.message_spacer)

        self.pages.addWidget(self.message_page)

        self.layout.addWidget(self.pages)

        self.bottom_layout = QHBoxLayout()
        self.bottom_layout.setObjectName(u"bottom_layout")
        self.status_label = QLabel(annual_figures_dialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.status_label.sizePolicy().hasHeightForWidth())
        self.status_label.setSizePolicy(sizePolicy)

        self.bottom_layout.addWidget(self.status_label)

        self.button_box = QDialogButtonBox(annual_figures_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.bottom_layout.addWidget(self.button_box)


        self.layout.addLayout(self.bottom_layout)

#if QT_CONFIG(shortcut)
        self.year_label.setBuddy(self.year_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(annual_figures_dialog)

        QMetaObject.connectSlotsByName(annual_figures_dialog)
    # setupUi

    def retranslateUi(self, annual_figures_dialog):
        annual_figures_dialog.setWindowTitle(QCoreApplication.translate("AnnualFiguresDialog", u"Jaarcijfers", None))
        self.scope_label.setText(QCoreApplication.translate("AnnualFiguresDialog", u"Cijfers van:", None))
        self.own_radio.setText(QCoreApplication.translate("AnnualFiguresDialog", u"Deze &laptop", None))
        self.team_radio.setText(QCoreApplication.translate("AnnualFiguresDialog", u"&Hele team (centrale registratie)", None))
        self.year_label.setText(QCoreApplication.translate("AnnualFiguresDialog", u"&Jaar:", None))
        self.compared_label.setText("")
        self.export_button.setText(QCoreApplication.translate("AnnualFiguresDialog", u"&Exporteren\u2026", None))
        self.intro_label.setText(QCoreApplication.translate("AnnualFiguresDialog", u"Hier staan de precieze aantallen, alleen voor jou. Een export (Excel, Word of PDF) is voor anderen: daarin staat een aantal van 1 tot en met 4 als <5.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.figures_tab), QCoreApplication.translate("AnnualFiguresDialog", u"&Cijfers", None))
        self.tabs.setTabText(self.tabs.indexOf(self.definitions_tab), QCoreApplication.translate("AnnualFiguresDialog", u"&Toelichting", None))
        self.message_label.setText("")
        self.status_label.setText("")
    # retranslateUi

