# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'scheme_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QGridLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QSplitter, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_SchemeTab(object):
    def setupUi(self, scheme_tab):
        if not scheme_tab.objectName():
            scheme_tab.setObjectName(u"scheme_tab")
        scheme_tab.resize(980, 560)
        self.scheme_layout = QVBoxLayout(scheme_tab)
        self.scheme_layout.setObjectName(u"scheme_layout")
        self.check_row = QHBoxLayout()
        self.check_row.setObjectName(u"check_row")
        self.scheme_label = QLabel(scheme_tab)
        self.scheme_label.setObjectName(u"scheme_label")

        self.check_row.addWidget(self.scheme_label)

        self.scheme_combo = QComboBox(scheme_tab)
        self.scheme_combo.setObjectName(u"scheme_combo")
        self.scheme_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.check_row.addWidget(self.scheme_combo)

        self.check_date_label = QLabel(scheme_tab)
        self.check_date_label.setObjectName(u"check_date_label")

        self.check_row.addWidget(self.check_date_label)

        self.check_date_edit = QLineEdit(scheme_tab)
        self.check_date_edit.setObjectName(u"check_date_edit")
        self.check_date_edit.setMaximumSize(QSize(110, 16777215))

        self.check_row.addWidget(self.check_date_edit)

        self.check_date_hint_label = QLabel(scheme_tab)
        self.check_date_hint_label.setObjectName(u"check_date_hint_label")

        self.check_row.addWidget(self.check_date_hint_label)

        self.check_row_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.check_row.addItem(self.check_row_spacer)

        self.check_button = QPushButton(scheme_tab)
        self.check_button.setObjectName(u"check_button")

        self.check_row.addWidget(self.check_button)


        self.scheme_layout.addLayout(self.check_row)

        self.verdict_label = QLabel(scheme_tab)
        self.verdict_label.setObjectName(u"verdict_label")
        self.verdict_label.setWordWrap(True)

        self.scheme_layout.addWidget(self.verdict_label)

        self.last_check_label = QLabel(scheme_tab)
        self.last_check_label.setObjectName(u"last_check_label")

        self.scheme_layout.addWidget(self.last_check_label)

        self.scheme_error = QLabel(scheme_tab)
        self.scheme_error.setObjectName(u"scheme_error")
        self.scheme_error.setWordWrap(True)

        self.scheme_layout.addWidget(self.scheme_error)

        self.scheme_splitter = QSplitter(scheme_tab)
        self.scheme_splitter.setObjectName(u"scheme_splitter")
        self.scheme_splitter.setOrientation(Qt.Orientation.Horizontal)
        self.scheme_splitter.setChildrenCollapsible(False)
        self.conditions_area = QScrollArea(self.scheme_splitter)
        self.conditions_area.setObjectName(u"conditions_area")
        self.conditions_area.setMinimumSize(QSize(480, 0))
        self.conditions_area.setWidgetResizable(True)
        self.conditions_box = QWidget()
        self.conditions_box.setObjectName(u"conditions_box")
        self.conditions_grid = QGridLayout(self.conditions_box)
        self.conditions_grid.setObjectName(u"conditions_grid")
        self.conditions_grid.setHorizontalSpacing(12)
        self.conditions_area.setWidget(self.conditions_box)
        self.scheme_splitter.addWidget(self.conditions_area)
        self.cases_box = QGroupBox(self.scheme_splitter)
        self.cases_box.setObjectName(u"cases_box")
        self.cases_layout = QVBoxLayout(self.cases_box)
        self.cases_layout.setObjectName(u"cases_layout")
        self.case_row = QHBoxLayout()
        self.case_row.setObjectName(u"case_row")
        self.case_label = QLabel(self.cases_box)
        self.case_label.setObjectName(u"case_label")

        self.case_row.addWidget(self.case_label)

        self.case_combo = QComboBox(self.cases_box)
        self.case_combo.setObjectName(u"case_combo")
        self.case_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.case_row.addWidget(self.case_combo)

        self.case_row_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.case_row.addItem(self.case_row_spacer)

        self.open_case_button = QPushButton(self.cases_box)
        self.open_case_button.setObjectName(u"open_case_button")

        self.case_row.addWidget(self.open_case_button)


        self.cases_layout.addLayout(self.case_row)

        self.events_table = QTableWidget(self.cases_box)
        if (self.events_table.columnCount() < 2):
            self.events_table.setColumnCount(2)
        __qtablewidgetitem = QTableWidgetItem()
        self.events_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.events_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        self.events_table.setObjectName(u"events_table")
        self.events_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.events_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.events_table.setTabKeyNavigation(False)
        self.events_table.setColumnCount(2)

        self.cases_layout.addWidget(self.events_table)

        self.next_events_label = QLabel(self.cases_box)
        self.next_events_label.setObjectName(u"next_events_label")

        self.cases_layout.addWidget(self.next_events_label)

        self.next_events_row = QHBoxLayout()
        self.next_events_row.setObjectName(u"next_events_row")
        self.next_events_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.next_events_row.addItem(self.next_events_spacer)


        self.cases_layout.addLayout(self.next_events_row)

        self.records_row = QHBoxLayout()
        self.records_row.setObjectName(u"records_row")
        self.records_label = QLabel(self.cases_box)
        self.records_label.setObjectName(u"records_label")

        self.records_row.addWidget(self.records_label)

        self.records_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.records_row.addItem(self.records_spacer)


        self.cases_layout.addLayout(self.records_row)

        self.deadlines_table = QTableWidget(self.cases_box)
        if (self.deadlines_table.columnCount() < 4):
            self.deadlines_table.setColumnCount(4)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.deadlines_table.setHorizontalHeaderItem(0, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.deadlines_table.setHorizontalHeaderItem(1, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.deadlines_table.setHorizontalHeaderItem(2, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.deadlines_table.setHorizontalHeaderItem(3, __qtablewidgetitem5)
        self.deadlines_table.setObjectName(u"deadlines_table")
        self.deadlines_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.deadlines_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.deadlines_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.deadlines_table.setTabKeyNavigation(False)
        self.deadlines_table.setColumnCount(4)

        self.cases_layout.addWidget(self.deadlines_table)

        self.mark_done_row = QHBoxLayout()
        self.mark_done_row.setObjectName(u"mark_done_row")
        self.mark_done_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.mark_done_row.addItem(self.mark_done_spacer)

        self.reopen_button = QPushButton(self.cases_box)
        self.reopen_button.setObjectName(u"reopen_button")

        self.mark_done_row.addWidget(self.reopen_button)

        self.mark_done_button = QPushButton(self.cases_box)
        self.mark_done_button.setObjectName(u"mark_done_button")

        self.mark_done_row.addWidget(self.mark_done_button)


        self.cases_layout.addLayout(self.mark_done_row)

        self.case_error = QLabel(self.cases_box)
        self.case_error.setObjectName(u"case_error")
        self.case_error.setWordWrap(True)

        self.cases_layout.addWidget(self.case_error)

        self.cases_layout.setStretch(1, 3)
        self.cases_layout.setStretch(5, 3)
        self.scheme_splitter.addWidget(self.cases_box)

        self.scheme_layout.addWidget(self.scheme_splitter)

#if QT_CONFIG(shortcut)
        self.scheme_label.setBuddy(self.scheme_combo)
        self.check_date_label.setBuddy(self.check_date_edit)
        self.case_label.setBuddy(self.case_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(scheme_tab)

        QMetaObject.connectSlotsByName(scheme_tab)
    # setupUi

    def retranslateUi(self, scheme_tab):
        self.scheme_label.setText(QCoreApplication.translate("SchemeTab", u"Rege&ling:", None))
        self.check_date_label.setText(QCoreApplication.translate("SchemeTab", u"&Datum:", None))
        self.check_date_hint_label.setText("")
        self.check_button.setText(QCoreApplication.translate("SchemeTab", u"Toetsen en be&waren", None))
#if QT_CONFIG(tooltip)
        self.check_button.setToolTip(QCoreApplication.translate("SchemeTab", u"De toets uitvoeren en in het dossier bewaren", None))
#endif // QT_CONFIG(tooltip)
        self.verdict_label.setText("")
        self.last_check_label.setText("")
        self.scheme_error.setText("")
        self.cases_box.setTitle(QCoreApplication.translate("SchemeTab", u"Zaak en termijnen", None))
        self.case_label.setText(QCoreApplication.translate("SchemeTab", u"Za&ak:", None))
        self.open_case_button.setText(QCoreApplication.translate("SchemeTab", u"Nieuwe &zaak", None))
#if QT_CONFIG(tooltip)
        self.open_case_button.setToolTip(QCoreApplication.translate("SchemeTab", u"Een zaak openen onder de gekozen regeling", None))
#endif // QT_CONFIG(tooltip)
        ___qtablewidgetitem = self.events_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("SchemeTab", u"Datum", None))
        ___qtablewidgetitem1 = self.events_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("SchemeTab", u"Gebeurtenis", None))
        self.next_events_label.setText(QCoreApplication.translate("SchemeTab", u"Volgende stap:", None))
        self.records_label.setText(QCoreApplication.translate("SchemeTab", u"Vastleggen:", None))
#if QT_CONFIG(tooltip)
        self.records_label.setToolTip(QCoreApplication.translate("SchemeTab", u"Wat de SVB moet weten terwijl de uitkering loopt; de stand van de zaak blijft gelijk", None))
#endif // QT_CONFIG(tooltip)
        ___qtablewidgetitem2 = self.deadlines_table.horizontalHeaderItem(0)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("SchemeTab", u"Termijn", None))
        ___qtablewidgetitem3 = self.deadlines_table.horizontalHeaderItem(1)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("SchemeTab", u"Uiterlijk", None))
        ___qtablewidgetitem4 = self.deadlines_table.horizontalHeaderItem(2)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("SchemeTab", u"Venster vanaf", None))
        ___qtablewidgetitem5 = self.deadlines_table.horizontalHeaderItem(3)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("SchemeTab", u"Status", None))
        self.reopen_button.setText(QCoreApplication.translate("SchemeTab", u"Termijn &heropenen", None))
#if QT_CONFIG(tooltip)
        self.reopen_button.setToolTip(QCoreApplication.translate("SchemeTab", u"De gekozen termijn, per vergissing als afgerond gemarkeerd, weer openzetten", None))
#endif // QT_CONFIG(tooltip)
        self.mark_done_button.setText(QCoreApplication.translate("SchemeTab", u"Termijn a&fgerond", None))
#if QT_CONFIG(tooltip)
        self.mark_done_button.setToolTip(QCoreApplication.translate("SchemeTab", u"De gekozen termijn als afgerond markeren", None))
#endif // QT_CONFIG(tooltip)
        self.case_error.setText("")
        pass
    # retranslateUi

