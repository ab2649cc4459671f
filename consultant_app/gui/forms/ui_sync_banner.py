# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sync_banner.ui'
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
    QProgressBar, QPushButton, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_SyncBanner(object):
    def setupUi(self, sync_banner):
        if not sync_banner.objectName():
            sync_banner.setObjectName(u"sync_banner")
        sync_banner.resize(1000, 48)
        sync_banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner_row = QHBoxLayout(sync_banner)
        self.banner_row.setObjectName(u"banner_row")
        self.banner_row.setContentsMargins(-1, 4, -1, 4)
        self.icon_label = QLabel(sync_banner)
        self.icon_label.setObjectName(u"icon_label")
        self.icon_label.setText(u"")

        self.banner_row.addWidget(self.icon_label)

        self.text_layout = QVBoxLayout()
        self.text_layout.setSpacing(2)
        self.text_layout.setObjectName(u"text_layout")
        self.message_label = QLabel(sync_banner)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setText(u"-")
        self.message_label.setWordWrap(True)

        self.text_layout.addWidget(self.message_label)

        self.error_label = QLabel(sync_banner)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)

        self.text_layout.addWidget(self.error_label)


        self.banner_row.addLayout(self.text_layout)

        self.progress_bar = QProgressBar(sync_banner)
        self.progress_bar.setObjectName(u"progress_bar")
        self.progress_bar.setMaximumSize(QSize(220, 16777215))
        self.progress_bar.setTextVisible(False)

        self.banner_row.addWidget(self.progress_bar)

        self.conflicts_button = QPushButton(sync_banner)
        self.conflicts_button.setObjectName(u"conflicts_button")
        self.conflicts_button.setAutoDefault(False)

        self.banner_row.addWidget(self.conflicts_button)

        self.refused_button = QPushButton(sync_banner)
        self.refused_button.setObjectName(u"refused_button")
        self.refused_button.setAutoDefault(False)

        self.banner_row.addWidget(self.refused_button)

        self.sync_button = QPushButton(sync_banner)
        self.sync_button.setObjectName(u"sync_button")
        self.sync_button.setAutoDefault(False)

        self.banner_row.addWidget(self.sync_button)

        self.banner_row.setStretch(1, 1)

        self.retranslateUi(sync_banner)

        QMetaObject.connectSlotsByName(sync_banner)
    # setupUi

    def retranslateUi(self, sync_banner):
        self.conflicts_button.setText(QCoreApplication.translate("SyncBanner", u"Conflicten bekijken", None))
        self.refused_button.setText(QCoreApplication.translate("SyncBanner", u"Geweigerd", None))
        self.sync_button.setText(QCoreApplication.translate("SyncBanner", u"Synchroniseren", None))
        pass
    # retranslateUi

