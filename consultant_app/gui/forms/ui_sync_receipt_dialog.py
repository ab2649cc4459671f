# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sync_receipt_dialog.ui'
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
    QFormLayout, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_SyncReceiptDialog(object):
    def setupUi(self, sync_receipt_dialog):
        if not sync_receipt_dialog.objectName():
            sync_receipt_dialog.setObjectName(u"sync_receipt_dialog")
        sync_receipt_dialog.resize(460, 300)
        self.main_layout = QVBoxLayout(sync_receipt_dialog)
        self.main_layout.setObjectName(u"main_layout")
        self.headline_label = QLabel(sync_receipt_dialog)
        self.headline_label.setObjectName(u"headline_label")
        self.headline_label.setText(u"-")
        self.headline_label.setWordWrap(True)

        self.main_layout.addWidget(self.headline_label)

        self.counts_layout = QFormLayout()
        self.counts_layout.setObjectName(u"counts_layout")
        self.pushed_label = QLabel(sync_receipt_dialog)
        self.pushed_label.setObjectName(u"pushed_label")

        self.counts_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.pushed_label)

        self.pushed_value = QLabel(sync_receipt_dialog)
        self.pushed_value.setObjectName(u"pushed_value")
        self.pushed_value.setText(u"0")

        self.counts_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.pushed_value)

        self.pulled_label = QLabel(sync_receipt_dialog)
        self.pulled_label.setObjectName(u"pulled_label")

        self.counts_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.pulled_label)

        self.pulled_value = QLabel(sync_receipt_dialog)
        self.pulled_value.setObjectName(u"pulled_value")
        self.pulled_value.setText(u"0")

        self.counts_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.pulled_value)

        self.merged_label = QLabel(sync_receipt_dialog)
        self.merged_label.setObjectName(u"merged_label")

        self.counts_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.merged_label)

        self.merged_value = QLabel(sync_receipt_dialog)
        self.merged_value.setObjectName(u"merged_value")
        self.merged_value.setText(u"0")

        self.counts_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.merged_value)

        self.conflicts_label = QLabel(sync_receipt_dialog)
        self.conflicts_label.setObjectName(u"conflicts_label")

        self.counts_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.conflicts_label)

        self.conflicts_value = QLabel(sync_receipt_dialog)
        self.conflicts_value.setObjectName(u"conflicts_value")
        self.conflicts_value.setText(u"0")

        self.counts_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.conflicts_value)

        self.rejected_label = QLabel(sync_receipt_dialog)
        self.rejected_label.setObjectName(u"rejected_label")

        self.counts_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.rejected_label)

        self.rejected_value = QLabel(sync_receipt_dialog)
        self.rejected_value.setObjectName(u"rejected_value")
        self.rejected_value.setText(u"0")

        self.counts_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.rejected_value)


        self.main_layout.addLayout(self.counts_layout)

        self.check_label = QLabel(sync_receipt_dialog)
        self.check_label.setObjectName(u"check_label")
        self.check_label.setText(u"")
        self.check_label.setWordWrap(True)

        self.main_layout.addWidget(self.check_label)

        self.advice_label = QLabel(sync_receipt_dialog)
        self.advice_label.setObjectName(u"advice_label")
        self.advice_label.setText(u"")
        self.advice_label.setWordWrap(True)

        self.main_layout.addWidget(self.advice_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.conflicts_button = QPushButton(sync_receipt_dialog)
        self.conflicts_button.setObjectName(u"conflicts_button")
        self.conflicts_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.conflicts_button)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.button_box = QDialogButtonBox(sync_receipt_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttons_layout.addWidget(self.button_box)


        self.main_layout.addLayout(self.buttons_layout)


        self.retranslateUi(sync_receipt_dialog)

        QMetaObject.connectSlotsByName(sync_receipt_dialog)
    # setupUi

    def retranslateUi(self, sync_receipt_dialog):
        sync_receipt_dialog.setWindowTitle(QCoreApplication.translate("SyncReceiptDialog", u"Synchronisatie klaar", None))
        self.pushed_label.setText(QCoreApplication.translate("SyncReceiptDialog", u"Verzonden", None))
        self.pulled_label.setText(QCoreApplication.translate("SyncReceiptDialog", u"Ontvangen", None))
        self.merged_label.setText(QCoreApplication.translate("SyncReceiptDialog", u"Samengevoegd", None))
        self.conflicts_label.setText(QCoreApplication.translate("SyncReceiptDialog", u"Conflicten", None))
        self.rejected_label.setText(QCoreApplication.translate("SyncReceiptDialog", u"Geweigerd", None))
        self.conflicts_button.setText(QCoreApplication.translate("SyncReceiptDialog", u"&Conflicten bekijken", None))
    # retranslateUi

