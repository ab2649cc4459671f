# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'figures_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QTableView, QVBoxLayout, QWidget)

class Ui_FiguresPage(object):
    def setupUi(self, figures_page):
        if not figures_page.objectName():
            figures_page.setObjectName(u"figures_page")
        figures_page.resize(820, 560)
        self.layout = QHBoxLayout(figures_page)
        self.layout.setObjectName(u"layout")
        self.list_layout = QVBoxLayout()
        self.list_layout.setObjectName(u"list_layout")
        self.list_view = QTableView(figures_page)
        self.list_view.setObjectName(u"list_view")
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.setAlternatingRowColors(True)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list_view.setTabKeyNavigation(False)
        self.list_view.setWordWrap(False)

        self.list_layout.addWidget(self.list_view)

        self.count_label = QLabel(figures_page)
        self.count_label.setObjectName(u"count_label")
        self.count_label.setText(u"")
        self.count_label.setWordWrap(True)

        self.list_layout.addWidget(self.count_label)


        self.layout.addLayout(self.list_layout)

        self.form_box = QGroupBox(figures_page)
        self.form_box.setObjectName(u"form_box")
        self.form_box_layout = QVBoxLayout(self.form_box)
        self.form_box_layout.setObjectName(u"form_box_layout")
        self.intro_label = QLabel(self.form_box)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.form_box_layout.addWidget(self.intro_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.year_label = QLabel(self.form_box)
        self.year_label.setObjectName(u"year_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.year_label)

        self.year_box = QVBoxLayout()
        self.year_box.setSpacing(2)
        self.year_box.setObjectName(u"year_box")
        self.year_box.setContentsMargins(0, 0, 0, 0)
        self.year_spin = QSpinBox(self.form_box)
        self.year_spin.setObjectName(u"year_spin")
        self.year_spin.setMinimum(1900)
        self.year_spin.setMaximum(2200)
        self.year_spin.setMaximumSize(QSize(120, 16777215))

        self.year_box.addWidget(self.year_spin)

        self.year_error = QLabel(self.form_box)
        self.year_error.setObjectName(u"year_error")
        self.year_error.setText(u"")
        self.year_error.setWordWrap(True)

        self.year_box.addWidget(self.year_error)


        self.form_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.year_box)

        self.key_label = QLabel(self.form_box)
        self.key_label.setObjectName(u"key_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.key_label)

        self.key_box = QVBoxLayout()
        self.key_box.setSpacing(2)
        self.key_box.setObjectName(u"key_box")
        self.key_box.setContentsMargins(0, 0, 0, 0)
        self.key_combo = QComboBox(self.form_box)
        self.key_combo.setObjectName(u"key_combo")

        self.key_box.addWidget(self.key_combo)

        self.key_error = QLabel(self.form_box)
        self.key_error.setObjectName(u"key_error")
        self.key_error.setText(u"")
        self.key_error.setWordWrap(True)

        self.key_box.addWidget(self.key_error)


        self.form_layout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.key_box)

        self.value_label = QLabel(self.form_box)
        self.value_label.setObjectName(u"value_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.value_label)

        self.value_box = QVBoxLayout()
        self.value_box.setSpacing(2)
        self.value_box.setObjectName(u"value_box")
        self.value_box.setContentsMargins(0, 0, 0, 0)
        self.value_spin = QSpinBox(self.form_box)
        self.value_spin.setObjectName(u"value_spin")
        self.value_spin.setMinimum(0)
        self.value_spin.setMaximum(1000000000)
        self.value_spin.setMaximumSize(QSize(160, 16777215))

        self.value_box.addWidget(self.value_spin)

        self.value_error = QLabel(self.form_box)
        self.value_error.setObjectName(u"value_error")
        self.value_error.setText(u"")
        self.value_error.setWordWrap(True)

        self.value_box.addWidget(self.value_error)


        self.form_layout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.value_box)

        self.source_label = QLabel(self.form_box)
        self.source_label.setObjectName(u"source_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.source_label)

        self.source_box = QVBoxLayout()
        self.source_box.setSpacing(2)
        self.source_box.setObjectName(u"source_box")
        self.source_box.setContentsMargins(0, 0, 0, 0)
        self.source_edit = QLineEdit(self.form_box)
        self.source_edit.setObjectName(u"source_edit")

        self.source_box.addWidget(self.source_edit)

        self.source_error = QLabel(self.form_box)
        self.source_error.setObjectName(u"source_error")
        self.source_error.setText(u"")
        self.source_error.setWordWrap(True)

        self.source_box.addWidget(self.source_error)


        self.form_layout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.source_box)


        self.form_box_layout.addLayout(self.form_layout)

        self.general_error = QLabel(self.form_box)
        self.general_error.setObjectName(u"general_error")
        self.general_error.setText(u"")
        self.general_error.setWordWrap(True)

        self.form_box_layout.addWidget(self.general_error)

        self.form_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.form_box_layout.addItem(self.form_spacer)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.status_label = QLabel(self.form_box)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setText(u"")
        self.status_label.setWordWrap(True)

        self.buttons_layout.addWidget(self.status_label)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.new_button = QPushButton(self.form_box)
        self.new_button.setObjectName(u"new_button")
        self.new_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.new_button)

        self.save_button = QPushButton(self.form_box)
        self.save_button.setObjectName(u"save_button")
        self.save_button.setAutoDefault(True)

        self.buttons_layout.addWidget(self.save_button)


        self.form_box_layout.addLayout(self.buttons_layout)


        self.layout.addWidget(self.form_box)

        self.layout.setStretch(0, 5)
        self.layout.setStretch(1, 3)
#if QT_CONFIG(shortcut)
        self.year_label.setBuddy(self.year_spin)
        self.key_label.setBuddy(self.key_combo)
        self.value_label.setBuddy(self.value_spin)
        self.source_label.setBuddy(self.source_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(figures_page)

        QMetaObject.connectSlotsByName(figures_page)
    # setupUi

    def retranslateUi(self, figures_page):
        figures_page.setWindowTitle(QCoreApplication.translate("FiguresPage", u"Landelijke cijfers", None))
        self.form_box.setTitle(QCoreApplication.translate("FiguresPage", u"Cijfer invullen", None))
        self.intro_label.setText(QCoreApplication.translate("FiguresPage", u"Een cijfer van buiten het kantoor waarmee de jaarcijfers vergelijken, met de bron erbij. Opnieuw invullen voor hetzelfde jaar vervangt het.", None))
        self.year_label.setText(QCoreApplication.translate("FiguresPage", u"&Jaar", None))
        self.key_label.setText(QCoreApplication.translate("FiguresPage", u"&Cijfer", None))
        self.value_label.setText(QCoreApplication.translate("FiguresPage", u"&Waarde", None))
        self.source_label.setText(QCoreApplication.translate("FiguresPage", u"&Bron", None))
        self.source_edit.setPlaceholderText(QCoreApplication.translate("FiguresPage", u"bijvoorbeeld: SVB, jaarverslag 2024", None))
        self.new_button.setText(QCoreApplication.translate("FiguresPage", u"&Leegmaken", None))
        self.save_button.setText(QCoreApplication.translate("FiguresPage", u"&Opslaan", None))
    # retranslateUi

