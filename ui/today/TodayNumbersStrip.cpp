#include "today/TodayNumbersStrip.h"

#include "common/LinkButton.h"
#include "common/OutreachStyle.h"
#include "common/ThemedIcon.h"
#include "db/Database.h"
#include "insights/WeeklyNetwork.h"
#include "outreach/OutreachNumbers.h"
#include "store/ExportChangeStore.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

QString count(int value)
{
    return QLocale().toString(value);
}

QFrame *separator(QWidget *parent)
{
    auto *line = new QFrame(parent);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    return line;
}

} // namespace

TodayNumbersStrip::TodayNumbersStrip(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"todayNumbers"_s);
    setAccessibleName(tr("Today's numbers"));
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->addLayout(createFiguresRow());
    column->addLayout(createWarningRow());
    column->addWidget(createHeldBackLabel());
    applyWarningColour();
}

QLabel *TodayNumbersStrip::addLabel(QHBoxLayout *layout, const QString &objectName,
                                    const QString &accessibleName)
{
    auto *label = new QLabel(this);
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The numbers name their windows and can run long: they wrap rather
    // than widen the window past a laptop's screen.
    label->setWordWrap(true);
    layout->addWidget(label, 1);
    return label;
}

QHBoxLayout *TodayNumbersStrip::createFiguresRow()
{
    auto *row = new QHBoxLayout;
    m_acceptance = addLabel(row, u"todayAcceptance"_s, tr("Acceptance rate"));
    row->addWidget(separator(this));
    m_credits = addLabel(row, u"todayInMailCredits"_s, tr("InMail credits left"));
    row->addWidget(separator(this));
    m_pending = addLabel(row, u"todayPendingInvitations"_s, tr("Pending invitations"));
    row->addWidget(separator(this));
    m_weekly = addLabel(row, u"todayWeeklyNumbers"_s, tr("This week's numbers"));
    m_weekly->setToolTip(tr("Followers, connections, profile views and search appearances as "
                            "LinkedIn shows them, once a week: Insights charts them."));
    m_weeklyButton = new QPushButton(tr("E&nter Them…"), this);
    m_weeklyButton->setObjectName(u"todayEnterWeeklyNumbers"_s);
    m_weeklyButton->setAccessibleName(tr("Enter this week's numbers"));
    m_weeklyButton->setFlat(true);
    connect(m_weeklyButton, &QPushButton::clicked, this,
            &TodayNumbersStrip::weeklyNumbersRequested);
    row->addWidget(m_weeklyButton);
    m_changesLink = new LinkButton(QString(), this);
    m_changesLink->setObjectName(u"todayExportChanges"_s);
    m_changesLink->setAccessibleName(tr("Changes since the last LinkedIn export"));
    m_changesLink->hide();
    connect(m_changesLink, &QPushButton::clicked, this, &TodayNumbersStrip::changesRequested);
    row->addWidget(m_changesLink);
    row->addStretch(1);
    return row;
}

QHBoxLayout *TodayNumbersStrip::createWarningRow()
{
    // The watchdog's warning on a line of its own: icon and words, the
    // warning tone only echoes them.
    auto *warning = new QHBoxLayout;
    m_warningIcon = new QLabel(this);
    m_warningIcon->setObjectName(u"todayAcceptanceWarningIcon"_s);
    m_warningIcon->setAccessibleName(tr("Warning"));
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    ThemedIcon::setOn(m_warningIcon, u"warning"_s, iconSize);
    warning->addWidget(m_warningIcon, 0, Qt::AlignTop);
    m_warningText = addLabel(warning, u"todayAcceptanceWarning"_s, tr("Acceptance warning"));
    m_warningText->setWordWrap(true);
    warning->setStretchFactor(m_warningText, 1);
    m_warningIcon->hide();
    m_warningText->hide();
    return warning;
}

QLabel *TodayNumbersStrip::createHeldBackLabel()
{
    // People today's queue leaves out: LinkedIn blocks inviting them again
    // within three weeks of a withdrawal.
    m_heldBack = new QLabel(this);
    m_heldBack->setObjectName(u"todayHeldBack"_s);
    m_heldBack->setAccessibleName(tr("Held back from an invitation"));
    m_heldBack->setTextFormat(Qt::PlainText);
    m_heldBack->setWordWrap(true);
    m_heldBack->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_heldBack->hide();
    return m_heldBack;
}

void TodayNumbersStrip::setHeldBack(const QStringList &sentences)
{
    m_heldBack->setText(sentences.isEmpty() ? QString()
                                            : tr("Held back today: %1").arg(sentences.join(u' ')));
    m_heldBack->setVisible(!sentences.isEmpty());
}

void TodayNumbersStrip::showNumbers(Database &db, const QDate &day)
{
    const OutreachNumbers numbers = OutreachNumbers::compute(db, day);
    showAcceptance(numbers.invitations);
    showWeekly(db, day);
    showCredits(numbers.inmail);
    showPending(numbers.invitations);
    showExportChanges(db);
}

void TodayNumbersStrip::showExportChanges(Database &db)
{
    // Once two exports were compared; the view itself explains the rest.
    // Counted, not read: an export's changes can run to tens of thousands.
    const ExportChangeStore store(db);
    const ExportChanges changes = store.latest(nullptr, ExportChangeStore::Items::None);
    const bool compared = changes.state == ExportChanges::State::Compared;
    const int total = changes.importId > 0 ? store.latestCount() : 0;
    if (total < 0) { // unreadable: nothing said rather than "no changes"
        m_changesLink->setVisible(false);
        return;
    }
    m_changesLink->setText(total > 0 ? tr("%n changes since the last export ▸", nullptr, total)
                                     : tr("No changes since the last export ▸"));
    m_changesLink->setToolTip(changes.headline(total));
    m_changesLink->setVisible(compared || total > 0);
}

void TodayNumbersStrip::showAcceptance(const InvitationStats &stats)
{
    // The rate names its window; the tooltip says how it is computed.
    const QString window = InvitationStats::lastNWindow(stats.lastN);
    if (stats.lastNSent == 0)
        m_acceptance->setText(tr("Acceptance rate: no invitations yet"));
    else if (!stats.lastNRate)
        m_acceptance->setText(tr("Acceptance rate, %1: none decided yet").arg(window));
    else
        m_acceptance->setText(tr("Acceptance rate, %1: %2 (%3 of %4 decided)")
                                  .arg(window, OutreachStyle::formatRate(stats.lastNRate),
                                       count(stats.lastNAccepted), count(stats.lastNDecided)));
    m_acceptance->setToolTip(
        tr("How is this computed? Acceptance over the %1 = accepted ÷ decided = %2 ÷ %3 = %4 "
           "(%5 sent in that window).")
            .arg(window, count(stats.lastNAccepted), count(stats.lastNDecided),
                 OutreachStyle::formatRate(stats.lastNRate), count(stats.lastNSent)) +
        u"\n"_s + InvitationStats::decidedRule());
    m_warningIcon->setVisible(stats.warning);
    m_warningText->setVisible(stats.warning);
    m_warningText->setText(
        tr("Warning: acceptance is below %1 % — today's queue holds fewer cold invitations; "
           "send fewer blind ones and add a note that says why you want to connect.")
            .arg(QLocale().toString(stats.threshold * 100.0, 'g', 4)));
}

void TodayNumbersStrip::showWeekly(Database &db, const QDate &day)
{
    const std::optional<NetworkSnapshot> week = WeeklyNetwork::forWeekOf(db, day);
    // LinkedIn's followers alone leave the rest of the week to type.
    m_weeklyButton->setVisible(!week || !week->isTyped());
    if (!week)
        m_weekly->setText(tr("This week's numbers: missing"));
    else if (week->isTyped())
        m_weekly->setText(tr("This week's numbers: %1 followers, %2 connections")
                              .arg(count(week->followers), count(week->connections)));
    else
        m_weekly->setText(
            tr("This week's numbers: %1 followers (from LinkedIn analytics, %2); "
               "the rest not entered")
                .arg(count(week->followers),
                     QLocale().toString(week->followersFromLinkedIn, QLocale::ShortFormat)));
}

void TodayNumbersStrip::showCredits(const InMailLedger &ledger)
{
    const int credits = ledger.available;
    QString creditsText = credits == 1 ? tr("InMail credits left: 1")
                                       : tr("InMail credits left: %1").arg(count(credits));
    // InMails and credits are different counts (one sent with no credit
    // left holds none).
    if (ledger.awaitingAnswer > 0)
        creditsText =
            tr("%1 (%2 InMails awaiting an answer, %3 credits held)")
                .arg(creditsText, count(ledger.awaitingAnswer), count(ledger.creditsHeld));
    m_credits->setText(creditsText);
    m_credits->setToolTip(
        tr("How is this computed? Credits left = granted − held − spent − expired = %1 − %2 − "
           "%3 − %4 = %5. An InMail awaits an answer for 90 days (your calendar days); any "
           "answer in that time returns its credit.")
            .arg(count(ledger.granted), count(ledger.creditsHeld), count(ledger.spent),
                 count(ledger.expired), count(credits)));
}

void TodayNumbersStrip::showPending(const InvitationStats &stats)
{
    const int pending = int(stats.pending.size());
    const int old = int(stats.withdrawSuggestions.size());
    if (pending == 0)
        m_pending->setText(tr("Pending invitations: none"));
    else if (old == 0)
        m_pending->setText(tr("Pending invitations: %1").arg(count(pending)));
    else
        m_pending->setText(tr("Pending invitations: %1 (%2 older than three weeks)")
                               .arg(count(pending), count(old)));
    m_pending->setToolTip(
        tr("How is this computed? Pending = invitations sent with no outcome yet: %1; older "
           "than three weeks = 22 days or more since sending: %2.")
            .arg(count(pending), count(old)));
}

QString TodayNumbersStrip::text() const
{
    if (isHidden())
        return {};
    QStringList lines;
    for (QLabel *label :
         {m_acceptance, m_warningText, m_credits, m_pending, m_weekly, m_heldBack}) {
        if (!label->isHidden() && !label->text().isEmpty())
            lines << label->text();
    }
    if (!m_changesLink->isHidden())
        lines << m_changesLink->text();
    return lines.join(u'\n');
}

bool TodayNumbersStrip::isAcceptanceWarningShown() const
{
    return !isHidden() && !m_warningText->isHidden();
}

void TodayNumbersStrip::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyWarningColour();
    QWidget::changeEvent(event);
}

void TodayNumbersStrip::applyWarningColour()
{
    QPalette palette = m_warningText->palette();
    palette.setColor(QPalette::WindowText, OutreachStyle::warningColor(this->palette()));
    m_warningText->setPalette(palette);
}

} // namespace rapport
