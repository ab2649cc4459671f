# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'conflicts_dialog.ui'
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
    QDialogButtonBox, QGridLayout, QGroupBox, QHeaderView,
    QLabel, QPlainTextEdit, QPushButton, QSizePolicy,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ConflictsDialog(object):
    def setupUi(self, conflicts_dialog):
        if not conflicts_dialog.objectName():
            conflicts_dialog.setObjectName(u"conflicts_dialog")
        conflicts_dialog.resize(900, 600)
        self.main_layout = QVBoxLayout(conflicts_dialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(conflicts_dialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.conflicts_table = QTableWidget(conflicts_dialog)
        if (self.conflicts_table.columnCount() < 2):
            self.conflicts_table.setColumnCount(2)
        __qtablewidgetitem = QTableWidgetItem()
        self.conflicts_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.conflicts_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        self.conflicts_table.setObjectName(u"conflicts_table")
        self.conflicts_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.conflicts_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.conflicts_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.conflicts_table.setAlternatingRowColors(True)
        self.conflicts_table.setTabKeyNavigation(False)
        self.conflicts_table.setColumnCount(2)

        self.main_layout.addWidget(self.conflicts_table)

        self.detail_label = QLabel(conflicts_dialog)
        self.detail_label.setObjectName(u"detail_label")
        self.detail_label.setText(u"")
        self.detail_label.setWordWrap(True)

        self.main_layout.addWidget(self.detail_label)

        self.values_layout = QGridLayout()
        self.values_layout.setObjectName(u"values_layout")
        self.base_group = QGroupBox(conflicts_dialog)
        self.base_group.setObjectName(u"base_group")
        self.base_layout = QVBoxLayout(self.base_group)
        self.base_layout.setObjectName(u"base_layout")
        self.base_text = QPlainTextEdit(self.base_group)
        self.base_text.setObjectName(u"base_text")
        self.base_text.setReadOnly(True)
        self.base_text.setTabChangesFocus(True)

        self.base_layout.addWidget(self.base_text)


        self.values_layout.addWidget(self.base_group, 0, 0, 1, 1)

        self.mine_group = QGroupBox(conflicts_dialog)
        self.mine_group.setObjectName(u"mine_group")
        self.mine_layout = QVBoxLayout(self.mine_group)
        self.mine_layout.setObjectName(u"mine_layout")
        self.mine_text = QPlainTextEdit(self.mine_group)
        self.mine_text.setObjectName(u"mine_text")
        self.mine_text.setReadOnly(True)
        self.mine_text.setTabChangesFocus(True)

        self.mine_layout.addWidget(self.mine_text)


        self.values_layout.addWidget(self.mine_group, 0, 1, 1, 1)

        self.theirs_group = QGroupBox(conflicts_dialog)
        self.theirs_group.setObjectName(u"theirs_group")
        self.theirs_layout = QVBoxLayout(self.theirs_group)
        self.theirs_layout.setObjectName(u"theirs_layout")
        self.theirs_text = QPlainTextEdit(self.theirs_group)
        self.theirs_text.setObjectName(u"theirs_text")
        self.theirs_text.setReadOnly(True)
        self.theirs_text.setTabChangesFocus(True)

        self.theirs_layout.addWidget(self.theirs_text)


        self.values_layout.addWidget(self.theirs_group, 0, 2, 1, 1)

        self.keep_mine_button = QPushButton(conflicts_dialog)
        self.keep_mine_button.setObjectName(u"keep_mine_button")
        self.keep_mine_button.setAutoDefault(False)

        self.values_layout.addWidget(self.keep_mine_button, 1, 1, 1, 1)

        self.keep_theirs_button = QPushButton(conflicts_dialog)
        self.keep_theirs_button.setObjectName(u"keep_theirs_button")
        self.keep_theirs_button.setAutoDefault(False)

        self.values_layout.addWidget(self.keep_theirs_button, 1, 2, 1, 1)


        self.main_layout.addLayout(self.values_layout)

        self.status_label = QLabel(conflicts_dialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setText(u"")
        self.status_label.setWordWrap(True)

        self.main_layout.addWidget(self.status_label)

        self.button_box = QDialogButtonBox(conflicts_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.main_layout.addWidget(self.button_box)

        self.main_layout.setStretch(1, 1)
        self.main_layout.setStretch(3, 2)
        QWidget.setTabOrder(self.conflicts_table, self.keep_mine_button)
        QWidget.setTabOrder(self.keep_mine_button, self.keep_theirs_button)

        self.retranslateUi(conflicts_dialog)

        QMetaObject.connectSlotsByName(conflicts_dialog)
    # setupUi

    def retranslateUi(self, conflicts_dialog):
        conflicts_dialog.setWindowTitle(QCoreApplication.translate("ConflictsDialog", u"Conflicten bekijken", None))
        self.intro_label.setText(QCoreApplication.translate("ConflictsDialog", u"Deze gegevens zijn hier \u00e9n door een collega gewijzigd. Kies per gegeven welke waarde blijft. Tot je kiest, staat de waarde van je collega in het dossier.", None))
        ___qtablewidgetitem = self.conflicts_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ConflictsDialog", u"Cli\u00ebnt", None))
        ___qtablewidgetitem1 = self.conflicts_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ConflictsDialog", u"Gegeven", None))
        self.base_group.setTitle(QCoreApplication.translate("ConflictsDialog", u"Waarde v\u00f3\u00f3r beide wijzigingen", None))
        self.mine_group.setTitle(QCoreApplication.translate("ConflictsDialog", u"Mijn waarde", None))
        self.theirs_group.setTitle(QCoreApplication.translate("ConflictsDialog", u"Waarde van collega", None))
        self.keep_mine_button.setText(QCoreApplication.translate("ConflictsDialog", u"&Mijn waarde houden", None))
        self.keep_theirs_button.setText(QCoreApplication.translate("ConflictsDialog", u"&Waarde van collega houden", None))
    # retranslateUi

