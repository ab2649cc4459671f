# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'due_tasks_dialog.ui'
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
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QTableView, QVBoxLayout,
    QWidget)

class Ui_DueTasksDialog(object):
    def setupUi(self, due_tasks_dialog):
        if not due_tasks_dialog.objectName():
            due_tasks_dialog.setObjectName(u"due_tasks_dialog")
        due_tasks_dialog.resize(760, 460)
        self.layout = QVBoxLayout(due_tasks_dialog)
        self.layout.setObjectName(u"layout")
        self.intro_label = QLabel(due_tasks_dialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.layout.addWidget(self.intro_label)

        self.tasks_view = QTableView(due_tasks_dialog)
        self.tasks_view.setObjectName(u"tasks_view")
        self.tasks_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tasks_view.setAlternatingRowColors(True)
        self.tasks_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tasks_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tasks_view.setTabKeyNavigation(False)

        self.layout.addWidget(self.tasks_view)

        self.empty_label = QLabel(due_tasks_dialog)
        self.empty_label.setObjectName(u"empty_label")

        self.layout.addWidget(self.empty_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.done_button = QPushButton(due_tasks_dialog)
        self.done_button.setObjectName(u"done_button")
        self.done_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.done_button)

        self.undo_button = QPushButton(due_tasks_dialog)
        self.undo_button.setObjectName(u"undo_button")
        self.undo_button.setAutoDefault(False)
        self.undo_button.setEnabled(False)

        self.buttons_layout.addWidget(self.undo_button)

        self.button_box = QDialogButtonBox(due_tasks_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttons_layout.addWidget(self.button_box)


        self.layout.addLayout(self.buttons_layout)


        self.retranslateUi(due_tasks_dialog)

        QMetaObject.connectSlotsByName(due_tasks_dialog)
    # setupUi

    def retranslateUi(self, due_tasks_dialog):
        due_tasks_dialog.setWindowTitle(QCoreApplication.translate("DueTasksDialog", u"Wat staat er open?", None))
        self.intro_label.setText(QCoreApplication.translate("DueTasksDialog", u"Open taken en termijnen van zaken tot en met vandaag, de oudste eerst. Enter opent het dossier.", None))
        self.empty_label.setText(QCoreApplication.translate("DueTasksDialog", u"Er staat niets open.", None))
        self.done_button.setText(QCoreApplication.translate("DueTasksDialog", u"&Afgerond", None))
        self.undo_button.setText(QCoreApplication.translate("DueTasksDialog", u"Afronden &ongedaan maken", None))
#if QT_CONFIG(tooltip)
        self.undo_button.setToolTip(QCoreApplication.translate("DueTasksDialog", u"De termijn die hier zojuist als afgerond is gemarkeerd weer openzetten", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

