# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'unlock_page.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
    QLineEdit, QProgressBar, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_UnlockPage(object):
    def setupUi(self, unlock_page):
        if not unlock_page.objectName():
            unlock_page.setObjectName(u"unlock_page")
        unlock_page.resize(1000, 650)
        self.outer_layout = QVBoxLayout(unlock_page)
        self.outer_layout.setObjectName(u"outer_layout")
        self.top_spacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer_layout.addItem(self.top_spacer)

        self.centre_layout = QHBoxLayout()
        self.centre_layout.setObjectName(u"centre_layout")
        self.left_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.centre_layout.addItem(self.left_spacer)

        self.card_frame = QFrame(unlock_page)
        self.card_frame.setObjectName(u"card_frame")
        self.card_frame.setMinimumSize(QSize(380, 0))
        self.card_frame.setMaximumSize(QSize(420, 16777215))
        self.card_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.card_layout = QVBoxLayout(self.card_frame)
        self.card_layout.setSpacing(10)
        self.card_layout.setObjectName(u"card_layout")
        self.card_layout.setContentsMargins(28, 24, 28, 24)
        self.app_name_label = QLabel(self.card_frame)
        self.app_name_label.setObjectName(u"app_name_label")
        font = QFont()
        font.setPointSize(26)
        font.setBold(True)
        self.app_name_label.setFont(font)
        self.app_name_label.setText(u"Spreekuur")
        self.app_name_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.card_layout.addWidget(self.app_name_label)

        self.state_label = QLabel(self.card_frame)
        self.state_label.setObjectName(u"state_label")
        font1 = QFont()
        font1.setPointSize(13)
        font1.setBold(True)
        self.state_label.setFont(font1)
        self.state_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.card_layout.addWidget(self.state_label)

        self.instruction_label = QLabel(self.card_frame)
        self.instruction_label.setObjectName(u"instruction_label")
        self.instruction_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.instruction_label.setWordWrap(True)

        self.card_layout.addWidget(self.instruction_label)

        self.card_spacer = QSpacerItem(20, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.card_layout.addItem(self.card_spacer)

        self.passphrase_edit = QLineEdit(self.card_frame)
        self.passphrase_edit.setObjectName(u"passphrase_edit")
        self.passphrase_edit.setMinimumSize(QSize(0, 30))
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setClearButtonEnabled(False)

        self.card_layout.addWidget(self.passphrase_edit)

        self.status_label = QLabel(self.card_frame)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setText(u"")
        self.status_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status_label.setWordWrap(True)

        self.card_layout.addWidget(self.status_label)

        self.busy_bar = QProgressBar(self.card_frame)
        self.busy_bar.setObjectName(u"busy_bar")
        self.busy_bar.setMaximumSize(QSize(16777215, 6))
        self.busy_bar.setMaximum(0)
        self.busy_bar.setTextVisible(False)

        self.card_layout.addWidget(self.busy_bar)

        self.unlock_button = QPushButton(self.card_frame)
        self.unlock_button.setObjectName(u"unlock_button")
        self.unlock_button.setMinimumSize(QSize(0, 30))

        self.card_layout.addWidget(self.unlock_button)

        self.hint_label = QLabel(self.card_frame)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setText(u"")
        self.hint_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint_label.setWordWrap(True)
        self.hint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.card_layout.addWidget(self.hint_label)


        self.centre_layout.addWidget(self.card_frame)

        self.right_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.centre_layout.addItem(self.right_spacer)


        self.outer_layout.addLayout(self.centre_layout)

        self.bottom_spacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer_layout.addItem(self.bottom_spacer)

        QWidget.setTabOrder(self.passphrase_edit, self.unlock_button)

        self.retranslateUi(unlock_page)

        self.unlock_button.setDefault(True)


        QMetaObject.connectSlotsByName(unlock_page)
    # setupUi

    def retranslateUi(self, unlock_page):
        self.state_label.setText(QCoreApplication.translate("UnlockPage", u"Vergrendeld", None))
        self.instruction_label.setText(QCoreApplication.translate("UnlockPage", u"Ontgrendel je kluis met je wachtwoordzin.", None))
        self.passphrase_edit.setPlaceholderText(QCoreApplication.translate("UnlockPage", u"Wachtwoordzin", None))
        self.unlock_button.setText(QCoreApplication.translate("UnlockPage", u"Ontgrendelen", None))
        pass
    # retranslateUi

