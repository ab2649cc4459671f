# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'refused_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHeaderView, QLabel, QSizePolicy,
    QTableView, QVBoxLayout, QWidget)

class Ui_RefusedDialog(object):
    def setupUi(self, refused_dialog):
        if not refused_dialog.objectName():
            refused_dialog.setObjectName(u"refused_dialog")
        refused_dialog.resize(1000, 380)
        self.main_layout = QVBoxLayout(refused_dialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(refused_dialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.refused_table = QTableView(refused_dialog)
        self.refused_table.setObjectName(u"refused_table")
        self.refused_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.refused_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.refused_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.refused_table.setAlternatingRowColors(True)
        self.refused_table.setTabKeyNavigation(False)
        self.refused_table.setWordWrap(False)

        self.main_layout.addWidget(self.refused_table)

        self.empty_label = QLabel(refused_dialog)
        self.empty_label.setObjectName(u"empty_label")
        self.empty_label.setWordWrap(True)

        self.main_layout.addWidget(self.empty_label)

        self.button_box = QDialogButtonBox(refused_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.main_layout.addWidget(self.button_box)

        self.main_layout.setStretch(1, 1)

        self.retranslateUi(refused_dialog)

        QMetaObject.connectSlotsByName(refused_dialog)
    # setupUi

    def retranslateUi(self, refused_dialog):
        refused_dialog.setWindowTitle(QCoreApplication.translate("RefusedDialog", u"Geweigerde wijzigingen", None))
        self.intro_label.setText(QCoreApplication.translate("RefusedDialog", u"De centrale registratie heeft deze wijzigingen niet aangenomen. Ze blijven op deze laptop bewaard; vraag zo nodig beheer om hulp.", None))
        self.empty_label.setText(QCoreApplication.translate("RefusedDialog", u"Er zijn geen geweigerde wijzigingen.", None))
    # retranslateUi

