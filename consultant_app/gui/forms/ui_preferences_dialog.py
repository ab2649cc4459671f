# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'preferences_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDialog, QDialogButtonBox, QFormLayout,
    QGridLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_PreferencesDialog(object):
    def setupUi(self, preferences_dialog):
        if not preferences_dialog.objectName():
            preferences_dialog.setObjectName(u"preferences_dialog")
        preferences_dialog.resize(560, 700)
        self.main_layout = QVBoxLayout(preferences_dialog)
        self.main_layout.setObjectName(u"main_layout")
        self.general_group = QGroupBox(preferences_dialog)
        self.general_group.setObjectName(u"general_group")
        self.general_layout = QFormLayout(self.general_group)
        self.general_layout.setObjectName(u"general_layout")
        self.idle_label = QLabel(self.general_group)
        self.idle_label.setObjectName(u"idle_label")

        self.general_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.idle_label)

        self.idle_layout = QHBoxLayout()
        self.idle_layout.setObjectName(u"idle_layout")
        self.idle_spin = QSpinBox(self.general_group)
        self.idle_spin.setObjectName(u"idle_spin")
        self.idle_spin.setMinimum(1)
        self.idle_spin.setMaximum(60)
        self.idle_spin.setValue(5)

        self.idle_layout.addWidget(self.idle_spin)

        self.idle_hint_label = QLabel(self.general_group)
        self.idle_hint_label.setObjectName(u"idle_hint_label")

        self.idle_layout.addWidget(self.idle_hint_label)

        self.idle_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.idle_layout.addItem(self.idle_spacer)


        self.general_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.idle_layout)

        self.default_location_label = QLabel(self.general_group)
        self.default_location_label.setObjectName(u"default_location_label")

        self.general_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.default_location_label)

        self.default_location_combo = QComboBox(self.general_group)
        self.default_location_combo.setObjectName(u"default_location_combo")

        self.general_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.default_location_combo)

        self.language_label = QLabel(self.general_group)
        self.language_label.setObjectName(u"language_label")

        self.general_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.language_label)

        self.language_combo = QComboBox(self.general_group)
        self.language_combo.setObjectName(u"language_combo")

        self.general_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.language_combo)

        self.language_hint_label = QLabel(self.general_group)
        self.language_hint_label.setObjectName(u"language_hint_label")
        self.language_hint_label.setWordWrap(True)

        self.general_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.language_hint_label)


        self.main_layout.addWidget(self.general_group)

        self.locations_group = QGroupBox(preferences_dialog)
        self.locations_group.setObjectName(u"locations_group")
        self.locations_layout = QGridLayout(self.locations_group)
        self.locations_layout.setObjectName(u"locations_layout")
        self.locations_list = QListWidget(self.locations_group)
        self.locations_list.setObjectName(u"locations_list")
        self.locations_list.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed)

        self.locations_layout.addWidget(self.locations_list, 0, 0, 3, 1)

        self.rename_location_button = QPushButton(self.locations_group)
        self.rename_location_button.setObjectName(u"rename_location_button")
        self.rename_location_button.setAutoDefault(False)

        self.locations_layout.addWidget(self.rename_location_button, 0, 1, 1, 1)

        self.remove_location_button = QPushButton(self.locations_group)
        self.remove_location_button.setObjectName(u"remove_location_button")
        self.remove_location_button.setAutoDefault(False)

        self.locations_layout.addWidget(self.remove_location_button, 1, 1, 1, 1)

        self.locations_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.locations_layout.addItem(self.locations_spacer, 2, 1, 1, 1)

        self.new_location_edit = QLineEdit(self.locations_group)
        self.new_location_edit.setObjectName(u"new_location_edit")
        self.new_location_edit.setMaxLength(120)

        self.locations_layout.addWidget(self.new_location_edit, 3, 0, 1, 1)

        self.add_location_button = QPushButton(self.locations_group)
        self.add_location_button.setObjectName(u"add_location_button")
        self.add_location_button.setAutoDefault(False)

        self.locations_layout.addWidget(self.add_location_button, 3, 1, 1, 1)


        self.main_layout.addWidget(self.locations_group)

        self.bsn_group = QGroupBox(preferences_dialog)
        self.bsn_group.setObjectName(u"bsn_group")
        self.bsn_layout = QVBoxLayout(self.bsn_group)
        self.bsn_layout.setObjectName(u"bsn_layout")
        self.store_bsn_check = QCheckBox(self.bsn_group)
        self.store_bsn_check.setObjectName(u"store_bsn_check")

        self.bsn_layout.addWidget(self.store_bsn_check)

        self.bsn_hint_label = QLabel(self.bsn_group)
        self.bsn_hint_label.setObjectName(u"bsn_hint_label")
        self.bsn_hint_label.setWordWrap(True)

        self.bsn_layout.addWidget(self.bsn_hint_label)


        self.main_layout.addWidget(self.bsn_group)

        self.sync_group = QGroupBox(preferences_dialog)
        self.sync_group.setObjectName(u"sync_group")
        self.sync_layout = QFormLayout(self.sync_group)
        self.sync_layout.setObjectName(u"sync_layout")
        self.warn_days_label = QLabel(self.sync_group)
        self.warn_days_label.setObjectName(u"warn_days_label")

        self.sync_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.warn_days_label)

        self.warn_days_layout = QHBoxLayout()
        self.warn_days_layout.setObjectName(u"warn_days_layout")
        self.warn_days_spin = QSpinBox(self.sync_group)
        self.warn_days_spin.setObjectName(u"warn_days_spin")
        self.warn_days_spin.setMinimum(1)
        self.warn_days_spin.setMaximum(365)
        self.warn_days_spin.setValue(7)

        self.warn_days_layout.addWidget(self.warn_days_spin)

        self.warn_days_hint_label = QLabel(self.sync_group)
        self.warn_days_hint_label.setObjectName(u"warn_days_hint_label")

        self.warn_days_layout.addWidget(self.warn_days_hint_label)

        self.warn_days_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.warn_days_layout.addItem(self.warn_days_spacer)


        self.sync_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.warn_days_layout)


        self.main_layout.addWidget(self.sync_group)

        self.error_label = QLabel(preferences_dialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(preferences_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.idle_label.setBuddy(self.idle_spin)
        self.default_location_label.setBuddy(self.default_location_combo)
        self.language_label.setBuddy(self.language_combo)
        self.warn_days_label.setBuddy(self.warn_days_spin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.idle_spin, self.default_location_combo)
        QWidget.setTabOrder(self.default_location_combo, self.language_combo)
        QWidget.setTabOrder(self.language_combo, self.locations_list)
        QWidget.setTabOrder(self.locations_list, self.rename_location_button)
        QWidget.setTabOrder(self.rename_location_button, self.remove_location_button)
        QWidget.setTabOrder(self.remove_location_button, self.new_location_edit)
        QWidget.setTabOrder(self.new_location_edit, self.add_location_button)
        QWidget.setTabOrder(self.add_location_button, self.store_bsn_check)
        QWidget.setTabOrder(self.store_bsn_check, self.warn_days_spin)

        self.retranslateUi(preferences_dialog)

        QMetaObject.connectSlotsByName(preferences_dialog)
    # setupUi

    def retranslateUi(self, preferences_dialog):
        preferences_dialog.setWindowTitle(QCoreApplication.translate("PreferencesDialog", u"Voorkeuren", None))
        self.general_group.setTitle(QCoreApplication.translate("PreferencesDialog", u"Algemeen", None))
        self.idle_label.setText(QCoreApplication.translate("PreferencesDialog", u"&Vergrendelen na", None))
        self.idle_spin.setSuffix(QCoreApplication.translate("PreferencesDialog", u" min", None))
        self.idle_hint_label.setText(QCoreApplication.translate("PreferencesDialog", u"zonder toetsaanslag of klik", None))
        self.default_location_label.setText(QCoreApplication.translate("PreferencesDialog", u"&Standaardlocatie", None))
        self.language_label.setText(QCoreApplication.translate("PreferencesDialog", u"&Taal", None))
        self.language_hint_label.setText(QCoreApplication.translate("PreferencesDialog", u"Een andere taal gaat in nadat je Spreekuur opnieuw hebt gestart.", None))
        self.locations_group.setTitle(QCoreApplication.translate("PreferencesDialog", u"Spreekuurlocaties", None))
        self.rename_location_button.setText(QCoreApplication.translate("PreferencesDialog", u"&Hernoemen", None))
        self.remove_location_button.setText(QCoreApplication.translate("PreferencesDialog", u"&Verwijderen", None))
        self.new_location_edit.setPlaceholderText(QCoreApplication.translate("PreferencesDialog", u"nieuwe locatie, bijv. Wijkcentrum Rotterdam-Zuid", None))
        self.add_location_button.setText(QCoreApplication.translate("PreferencesDialog", u"&Toevoegen", None))
        self.bsn_group.setTitle(QCoreApplication.translate("PreferencesDialog", u"Beleid van de organisatie (beheerder)", None))
        self.store_bsn_check.setText(QCoreApplication.translate("PreferencesDialog", u"&BSN opslaan in cli\u00ebntdossiers", None))
        self.bsn_hint_label.setText(QCoreApplication.translate("PreferencesDialog", u"Geldt voor deze kluis. Staat dit uit, dan weigert Spreekuur een BSN bij het opslaan van een cli\u00ebnt. Wijzig dit alleen in overleg met de beheerder van je organisatie.", None))
        self.sync_group.setTitle(QCoreApplication.translate("PreferencesDialog", u"Synchronisatie", None))
        self.warn_days_label.setText(QCoreApplication.translate("PreferencesDialog", u"&Waarschuwen na", None))
        self.warn_days_spin.setSuffix(QCoreApplication.translate("PreferencesDialog", u" dagen", None))
        self.warn_days_hint_label.setText(QCoreApplication.translate("PreferencesDialog", u"zonder synchronisatie (geldt voor deze kluis)", None))
    # retranslateUi

