// Edit ▸ Preferences reads the same table as rapport-cli settings
// (PreferenceTable): every number field has the table's range, says the
// default, range and CLI key in its tooltip, and Restore Defaults puts every
// field back to the table's default.

#include "settings/PreferenceTable.h"
#include "settings/UiLanguage.h"
#include "shell/PreferencesDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rapport;

class tst_PreferencesDialog : public QObject
{
    Q_OBJECT

    static OutreachSettings changedOutreach()
    {
        OutreachSettings o;
        o.plan = InMailPlan::of(InMailPlan::Custom, 40);
        o.planStart = QDate(2026, 3, 1);
        o.invitationNoteLimit = 200;
        o.acceptanceLastN = 50;
        o.acceptanceThreshold = 0.3;
        o.myName = u"Ana"_s;
        return o;
    }

private slots:
    void numberFieldsTakeTheTablesRanges()
    {
        PreferencesDialog dialog(30, OutreachSettings(), QueueSettings());
        int numbers = 0;
        for (const Preference &p : PreferenceTable::all()) {
            QSpinBox *spin = dialog.spinFor(PreferenceTable::idOf(p));
            if (!p.isNumber()) {
                QVERIFY(!spin);
                continue;
            }
            ++numbers;
            QVERIFY2(spin, qPrintable(p.key));
            QCOMPARE(spin->minimum(), p.minimum);
            QCOMPARE(spin->maximum(), p.maximum);
            // The window speaks of the window, not of the command line.
            QVERIFY2(!spin->toolTip().contains(u"rapport-cli"_s), qPrintable(spin->toolTip()));
            QVERIFY2(spin->toolTip().contains(p.rangeText()), qPrintable(spin->toolTip()));
        }
        QCOMPARE(numbers, 8);
        QCOMPARE(dialog.spinFor(PreferenceTable::QueueCapacity)->maximum(), 100);
        QCOMPARE(dialog.spinFor(PreferenceTable::AcceptanceThreshold)->maximum(), 100);
        QVERIFY(dialog.ownIndustryEdit()->toolTip().startsWith(u"Default: none."_s));
        QVERIFY(dialog.planCombo()->toolTip().contains(u"premium-career"_s));
    }

    void restoreDefaultsUsesTheTable()
    {
        QueueSettings queue;
        queue.capacity = 40;
        queue.cooldownDays = 0;
        queue.defaultCadenceDays = 30;
        PreferencesDialog dialog(30, changedOutreach(), queue);
        IndustryScope scope;
        scope.own = u"Banking"_s;
        scope.related = {u"Retail"_s};
        dialog.setIndustryScope(scope);
        QCOMPARE(dialog.windowDays(), 30);
        QCOMPARE(dialog.outreachSettings().plan.monthlyCredits, 40);

        auto *restore = dialog.findChild<QPushButton *>(u"restoreDefaultsButton"_s);
        QVERIFY(restore);
        QTest::mouseClick(restore, Qt::LeftButton);
        const auto defaultOf = [](PreferenceTable::Id id) {
            return PreferenceTable::of(id).defaultValue;
        };
        QCOMPARE(QString::number(dialog.windowDays()), defaultOf(PreferenceTable::TierWindow));
        const QueueSettings q = dialog.queueSettings();
        QCOMPARE(QString::number(q.capacity), defaultOf(PreferenceTable::QueueCapacity));
        QCOMPARE(QString::number(q.cooldownDays), defaultOf(PreferenceTable::QueueCooldown));
        QCOMPARE(QString::number(q.defaultCadenceDays),
                 defaultOf(PreferenceTable::KeepInTouchCadence));
        const OutreachSettings o = dialog.outreachSettings();
        QCOMPARE(InMailPlan::name(o.plan.kind), defaultOf(PreferenceTable::InMailPlanKind));
        QCOMPARE(QString::number(o.plan.monthlyCredits),
                 defaultOf(PreferenceTable::InMailCustomCredits));
        QVERIFY(!o.planStart.isValid());
        QCOMPARE(QString::number(o.invitationNoteLimit),
                 defaultOf(PreferenceTable::InvitationNoteLimit));
        QCOMPARE(QString::number(o.acceptanceLastN), defaultOf(PreferenceTable::AcceptanceLastN));
        QCOMPARE(QString::number(qRound(o.acceptanceThreshold * 100)),
                 defaultOf(PreferenceTable::AcceptanceThreshold));
        QVERIFY(o.myName.isEmpty());
        QVERIFY(dialog.industryScope().own.isEmpty());
        QVERIFY(dialog.industryScope().related.isEmpty());
        // Defaults are the owners' own, so an untouched database reads the same.
        QCOMPARE(q.capacity, QueueSettings().capacity);
        QCOMPARE(o.acceptanceLastN, OutreachSettings::DefaultLastN);
    }

    void languageOffersTheSystemsAndEachLanguage()
    {
        PreferencesDialog dialog(30, OutreachSettings(), QueueSettings());
        QComboBox *combo = dialog.languageCombo();
        QCOMPARE(combo->count(), 3);
        // "System default (English)" or "(Deutsch)", as this system speaks.
        QVERIFY2(combo->itemText(0).contains(
                     UiLanguage::nativeName(UiLanguage::chooseForSystem(QString()))),
                 qPrintable(combo->itemText(0)));
        QCOMPARE(combo->itemText(1), u"English"_s);
        QCOMPARE(combo->itemText(2), u"Deutsch"_s);
        QVERIFY(dialog.uiLanguage().isEmpty());
        dialog.setUiLanguage(u"de"_s);
        QCOMPARE(dialog.uiLanguage(), u"de"_s);
        QCOMPARE(combo->currentText(), u"Deutsch"_s);
        dialog.setUiLanguage(u"xx"_s); // unknown: the system's
        QVERIFY(dialog.uiLanguage().isEmpty());
        dialog.setUiLanguage(u"en"_s);
        dialog.restoreDefaults();
        QVERIFY(dialog.uiLanguage().isEmpty());
    }
};

QTEST_MAIN(tst_PreferencesDialog)
#include "tst_preferencesdialog.moc"
