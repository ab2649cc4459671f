# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'contact_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGridLayout,
    QLabel, QLineEdit, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_ContactDialog(object):
    def setupUi(self, contact_dialog):
        if not contact_dialog.objectName():
            contact_dialog.setObjectName(u"contact_dialog")
        contact_dialog.setModal(True)
        self.main_layout = QVBoxLayout(contact_dialog)
        self.main_layout.setObjectName(u"main_layout")
        self.contact_form = QFormLayout()
        self.contact_form.setObjectName(u"contact_form")
        self.contact_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.kind_label = QLabel(contact_dialog)
        self.kind_label.setObjectName(u"kind_label")

        self.contact_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_box = QVBoxLayout()
        self.kind_box.setSpacing(2)
        self.kind_box.setObjectName(u"kind_box")
        self.kind_box.setContentsMargins(0, 0, 0, 0)
        self.kind_combo = QComboBox(contact_dialog)
        self.kind_combo.setObjectName(u"kind_combo")

        self.kind_box.addWidget(self.kind_combo)

        self.kind_error = QLabel(contact_dialog)
        self.kind_error.setObjectName(u"kind_error")
        self.kind_error.setText(u"")
        self.kind_error.setWordWrap(True)

        self.kind_box.addWidget(self.kind_error)


        self.contact_form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.kind_box)

        self.topics_label = QLabel(contact_dialog)
        self.topics_label.setObjectName(u"topics_label")

        self.contact_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.topics_label)

        self.topics_box = QWidget(contact_dialog)
        self.topics_box.setObjectName(u"topics_box")
        self.topics_layout = QGridLayout(self.topics_box)
        self.topics_layout.setObjectName(u"topics_layout")
        self.topics_layout.setContentsMargins(0, 0, 0, 0)

        self.contact_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.topics_box)

        self.duration_label = QLabel(contact_dialog)
        self.duration_label.setObjectName(u"duration_label")

        self.contact_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.duration_label)

        self.duration_box = QVBoxLayout()
        self.duration_box.setSpacing(2)
        self.duration_box.setObjectName(u"duration_box")
        self.duration_box.setContentsMargins(0, 0, 0, 0)
        self.duration_spin = QSpinBox(contact_dialog)
        self.duration_spin.setObjectName(u"duration_spin")
        self.duration_spin.setMinimum(1)
        self.duration_spin.setMaximum(1440)
        self.duration_spin.setSingleStep(5)
        self.duration_spin.setValue(30)
        self.duration_spin.setMaximumSize(QSize(170, 16777215))

        self.duration_box.addWidget(self.duration_spin)

        self.duration_error = QLabel(contact_dialog)
        self.duration_error.setObjectName(u"duration_error")
        self.duration_error.setText(u"")
        self.duration_error.setWordWrap(True)

        self.duration_box.addWidget(self.duration_error)


        self.contact_form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.duration_box)

        self.language_label = QLabel(contact_dialog)
        self.language_label.setObjectName(u"language_label")

        self.contact_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.language_label)

        self.language_box = QVBoxLayout()
        self.language_box.setSpacing(2)
        self.language_box.setObjectName(u"language_box")
        self.language_box.setContentsMargins(0, 0, 0, 0)
        self.language_combo = QComboBox(contact_dialog)
        self.language_combo.setObjectName(u"language_combo")
        self.language_combo.setEditable(True)

        self.language_box.addWidget(self.language_combo)

        self.language_error = QLabel(contact_dialog)
        self.language_error.setObjectName(u"language_error")
        self.language_error.setText(u"")
        self.language_error.setWordWrap(True)

        self.language_box.addWidget(self.language_error)


        self.contact_form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.language_box)

        self.interpreter_check = QCheckBox(contact_dialog)
        self.interpreter_check.setObjectName(u"interpreter_check")

        self.contact_form.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.interpreter_check)

        self.date_label = QLabel(contact_dialog)
        self.date_label.setObjectName(u"date_label")

        self.contact_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.date_label)

        self.date_box = QVBoxLayout()
        self.date_box.setSpacing(2)
        self.date_box.setObjectName(u"date_box")
        self.date_box.setContentsMargins(0, 0, 0, 0)
        self.date_edit = QLineEdit(contact_dialog)
        self.date_edit.setObjectName(u"date_edit")
        self.date_edit.setMaximumSize(QSize(170, 16777215))

        self.date_box.addWidget(self.date_edit)

        self.date_error = QLabel(contact_dialog)
        self.date_error.setObjectName(u"date_error")
        self.date_error.setText(u"")
        self.date_error.setWordWrap(True)

        self.date_box.addWidget(self.date_error)


        self.contact_form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.date_box)

        self.location_label = QLabel(contact_dialog)
        self.location_label.setObjectName(u"location_label")

        self.contact_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.location_label)

        self.location_box = QVBoxLayout()
        self.location_box.setSpacing(2)
        self.location_box.setObjectName(u"location_box")
        self.location_box.setContentsMargins(0, 0, 0, 0)
        self.location_combo = QComboBox(contact_dialog)
        self.location_combo.setObjectName(u"location_combo")
        self.location_combo.setEditable(True)

        self.location_box.addWidget(self.location_combo)

        self.location_error = QLabel(contact_dialog)
        self.location_error.setObjectName(u"location_error")
        self.location_error.setText(u"")
        self.location_error.setWordWrap(True)

        self.location_box.addWidget(self.location_error)


        self.contact_form.setLayout(6, QFormLayout.ItemRole.FieldRole, self.location_box)

        self.channel_label = QLabel(contact_dialog)
        self.channel_label.setObjectName(u"channel_label")

        self.contact_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.channel_label)

        self.channel_box = QVBoxLayout()
        self.channel_box.setSpacing(2)
        self.channel_box.setObjectName(u"channel_box")
        self.channel_box.setContentsMargins(0, 0, 0, 0)
        self.channel_combo = QComboBox(contact_dialog)
        self.channel_combo.setObjectName(u"channel_combo")

        self.channel_box.addWidget(self.channel_combo)

        self.channel_error = QLabel(contact_dialog)
        self.channel_error.setObjectName(u"channel_error")
        self.channel_error.setText(u"")
        self.channel_error.setWordWrap(True)

        self.channel_box.addWidget(self.channel_error)


        self.contact_form.setLayout(7, QFormLayout.ItemRole.FieldRole, self.channel_box)


        self.main_layout.addLayout(self.contact_form)

        self.general_error = QLabel(contact_dialog)
        self.general_error.setObjectName(u"general_error")
        self.general_error.setText(u"")
        self.general_error.setWordWrap(True)

        self.main_layout.addWidget(self.general_error)

        self.dialog_spacer = QSpacerItem(20, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.dialog_spacer)

        self.button_box = QDialogButtonBox(contact_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.kind_label.setBuddy(self.kind_combo)
        self.duration_label.setBuddy(self.duration_spin)
        self.language_label.setBuddy(self.language_combo)
        self.date_label.setBuddy(self.date_edit)
        self.location_label.setBuddy(self.location_combo)
        self.channel_label.setBuddy(self.channel_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kind_combo, self.duration_spin)
        QWidget.setTabOrder(self.duration_spin, self.language_combo)
        QWidget.setTabOrder(self.language_combo, self.interpreter_check)
        QWidget.setTabOrder(self.interpreter_check, self.date_edit)
        QWidget.setTabOrder(self.date_edit, self.location_combo)
        QWidget.setTabOrder(self.location_combo, self.channel_combo)
        QWidget.setTabOrder(self.channel_combo, self.button_box)

        self.retranslateUi(contact_dialog)

        QMetaObject.connectSlotsByName(contact_dialog)
    # setupUi

    def retranslateUi(self, contact_dialog):
        contact_dialog.setWindowTitle(QCoreApplication.translate("ContactDialog", u"Contact registreren", None))
        self.kind_label.setText(QCoreApplication.translate("ContactDialog", u"Soort contact", None))
        self.topics_label.setText(QCoreApplication.translate("ContactDialog", u"Onderwerpen", None))
        self.duration_label.setText(QCoreApplication.translate("ContactDialog", u"Duur", None))
        self.duration_spin.setSuffix(QCoreApplication.translate("ContactDialog", u" min", None))
        self.language_label.setText(QCoreApplication.translate("ContactDialog", u"Gesprekstaal", None))
        self.interpreter_check.setText(QCoreApplication.translate("ContactDialog", u"Er was een tolk bij het gesprek", None))
        self.date_label.setText(QCoreApplication.translate("ContactDialog", u"Datum", None))
        self.date_edit.setPlaceholderText(QCoreApplication.translate("ContactDialog", u"DD-MM-JJJJ", None))
        self.location_label.setText(QCoreApplication.translate("ContactDialog", u"Locatie", None))
        self.channel_label.setText(QCoreApplication.translate("ContactDialog", u"Kanaal", None))
    # retranslateUi

