#include "outreach/OutreachNumbersPanel.h"

#include "common/OutreachStyle.h"
#include "common/ThemedIcon.h"
#include "store/ContactStore.h"

#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QStyle>
#include <QTextDocumentFragment>
#include <QToolTip>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

// The oldest pending invitations named in the panel; the rest are a filter away.
constexpr int oldestShown = 3;

QString count(int value)
{
    return QLocale().toString(value);
}

QString days(int value)
{
    return value == 1 ? OutreachNumbersPanel::tr("1 day")
                      : OutreachNumbersPanel::tr("%1 days").arg(count(value));
}

QString percent(double fraction)
{
    return QLocale().toString(fraction * 100.0, 'g', 4);
}

} // namespace

OutreachNumbersPanel::OutreachNumbersPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"outreachNumbersPanel"_s);
    setAccessibleName(tr("Outreach numbers"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack);

    m_groups = new QWidget(m_stack);
    auto *row = new QHBoxLayout(m_groups);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(createInvitationsGroup(m_groups), 1);
    row->addWidget(createPendingGroup(m_groups), 1);
    row->addWidget(createInMailGroup(m_groups), 1);
    m_stack->addWidget(m_groups);

    m_noDatabase = new QLabel(tr("No database is open: the acceptance rate, pending invitations "
                                 "and InMail credits appear here once one is."),
                              m_stack);
    m_noDatabase->setObjectName(u"outreachNumbersNoDatabase"_s);
    m_noDatabase->setWordWrap(true);
    m_noDatabase->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(m_noDatabase);

    applyWarningColour();
    m_stack->setCurrentWidget(m_noDatabase);
    m_warning->hide();
    m_tooFew->hide();
}

QGroupBox *OutreachNumbersPanel::createInvitationsGroup(QWidget *parent)
{
    auto *invitations = new QGroupBox(tr("Invitations"), parent);
    invitations->setObjectName(u"invitationNumbers"_s);
    auto *invitationsLayout = new QVBoxLayout(invitations);
    m_lastN =
        addLine(invitations, u"acceptanceLastN"_s, tr("Acceptance over the last invitations"));
    m_recent = addLine(invitations, u"acceptanceRecent"_s, tr("Acceptance over the last 30 days"));
    invitationsLayout->addWidget(createWarning(invitations));
    m_tooFew = addLine(invitations, u"acceptanceTooFew"_s, tr("Acceptance note"));
    m_decidedRule = addLine(invitations, u"decidedRule"_s, tr("When an invitation is decided"));
    m_decidedRule->setEnabled(false); // a quieter note under the numbers
    m_invitationsHow = addHowLink(invitations, u"invitationsHow"_s);
    invitationsLayout->addStretch(1);
    return invitations;
}

QWidget *OutreachNumbersPanel::createWarning(QWidget *parent)
{
    m_warning = new QWidget(parent);
    m_warning->setObjectName(u"acceptanceWarning"_s);
    m_warning->setAccessibleName(tr("Warning"));
    auto *warningLayout = new QHBoxLayout(m_warning);
    warningLayout->setContentsMargins(0, 0, 0, 0);
    m_warningIcon = new QLabel(m_warning);
    m_warningIcon->setObjectName(u"acceptanceWarningIcon"_s);
    m_warningIcon->setAccessibleName(tr("Warning"));
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    ThemedIcon::setOn(m_warningIcon, u"warning"_s, iconSize);
    m_warningText = new QLabel(m_warning);
    m_warningText->setObjectName(u"acceptanceWarningText"_s);
    m_warningText->setTextFormat(Qt::PlainText);
    m_warningText->setWordWrap(true);
    m_warningText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warningText->setAccessibleName(tr("Acceptance warning"));
    warningLayout->addWidget(m_warningIcon, 0, Qt::AlignTop);
    warningLayout->addWidget(m_warningText, 1);
    return m_warning;
}

QGroupBox *OutreachNumbersPanel::createPendingGroup(QWidget *parent)
{
    auto *pending = new QGroupBox(tr("Pending invitations"), parent);
    pending->setObjectName(u"pendingInvitationNumbers"_s);
    auto *pendingLayout = new QVBoxLayout(pending);
    m_pendingCount = addLine(pending, u"pendingCount"_s, tr("Pending invitations"));
    m_oldest = addLine(pending, u"pendingOldest"_s, tr("Oldest pending invitations"));
    m_withdraw = addLine(pending, u"withdrawSuggestions"_s, tr("Invitations worth withdrawing"));
    m_reminder = addLine(pending, u"withdrawReminder"_s, tr("Before you withdraw"));
    m_pendingHow = addHowLink(pending, u"pendingHow"_s);
    for (QLabel *label : {m_oldest, m_withdraw}) {
        label->setTextFormat(Qt::RichText);
        label->setTextInteractionFlags(Qt::TextBrowserInteraction);
        connect(label, &QLabel::linkActivated, this, [this](const QString &link) {
            if (link == u"show-pending"_s) {
                emit pendingInvitationsRequested();
                return;
            }
            bool ok = false;
            const qint64 id = link.mid(QStringLiteral("contact:").size()).toLongLong(&ok);
            if (link.startsWith(u"contact:"_s) && ok)
                emit contactActivated(id);
        });
    }
    pendingLayout->addStretch(1);
    return pending;
}

QGroupBox *OutreachNumbersPanel::createInMailGroup(QWidget *parent)
{
    auto *inmail = new QGroupBox(tr("InMail"), parent);
    inmail->setObjectName(u"inmailNumbers"_s);
    auto *inmailLayout = new QVBoxLayout(inmail);
    m_credits = addLine(inmail, u"inmailCredits"_s, tr("InMail credits"));
    m_response = addLine(inmail, u"inmailResponse"_s, tr("InMail response rate"));
    m_split = addLine(inmail, u"inmailNegativeSplit"_s,
                      tr("Response rate with and without a reply Not Interested line"));
    m_plan = addLine(inmail, u"inmailPlan"_s, tr("InMail plan"));
    m_inmailHow = addHowLink(inmail, u"inmailHow"_s);
    inmailLayout->addStretch(1);
    return inmail;
}

QLabel *OutreachNumbersPanel::addLine(QGroupBox *group, const QString &objectName,
                                      const QString &accessibleName)
{
    auto *label = new QLabel(group);
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    group->layout()->addWidget(label);
    return label;
}

QLabel *OutreachNumbersPanel::addHowLink(QGroupBox *group, const QString &objectName)
{
    // "How is this computed?": the formulas with today's inputs, as the
    // link's tooltip and, on a click, the same text in a popup.
    auto *label = new QLabel(group);
    label->setObjectName(objectName);
    label->setAccessibleName(tr("How is this computed?"));
    label->setTextFormat(Qt::RichText);
    label->setText(u"<a href=\"how\">%1</a>"_s.arg(tr("How is this computed?").toHtmlEscaped()));
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(label, &QLabel::linkActivated, this, [label] {
        QToolTip::showText(label->mapToGlobal(QPoint(0, label->height())), label->toolTip(), label);
    });
    group->layout()->addWidget(label);
    return label;
}

QString OutreachNumbersPanel::howComputed(const QString &objectName) const
{
    const auto *label = findChild<QLabel *>(objectName);
    return label ? label->toolTip() : QString();
}

void OutreachNumbersPanel::setStores(Database *db, ContactStore *contacts)
{
    m_db = db;
    m_contacts = contacts;
    m_numbers.reset();
    m_stack->setCurrentWidget(m_noDatabase);
}

void OutreachNumbersPanel::refresh(const QDate &today)
{
    if (!m_db) {
        m_numbers.reset();
        m_stack->setCurrentWidget(m_noDatabase);
        return;
    }
    m_numbers = OutreachNumbers::compute(*m_db, today);
    showInvitations(m_numbers->invitations);
    showPending(m_numbers->invitations);
    showInMail(m_numbers->inmail, m_numbers->settings);
    m_stack->setCurrentWidget(m_groups);
}

void OutreachNumbersPanel::showInvitations(const InvitationStats &stats)
{
    // Each rate names its window: "Last 20 invitations", "Last 30 days".
    QString window = tr("Last %1 invitations").arg(count(stats.lastN));
    if (stats.lastN == 1)
        window = tr("Last invitation");
    if (stats.lastNSent > 0 && stats.lastNSent < stats.lastN)
        window = tr("%1 (%2 sent so far)").arg(window, count(stats.lastNSent));
    if (stats.lastNSent == 0)
        m_lastN->setText(tr("No invitations logged yet."));
    else if (stats.lastNRate)
        m_lastN->setText(tr("%1: %2 accepted (%3 of %4 decided)")
                             .arg(window, OutreachStyle::formatRate(stats.lastNRate),
                                  count(stats.lastNAccepted), count(stats.lastNDecided)));
    else
        m_lastN->setText(tr("%1: none decided yet (all silent for a week or less)").arg(window));
    const QString lastNHow =
        tr("Acceptance over the last %1 invitations = accepted ÷ decided = %2 ÷ %3 = %4 (%5 "
           "sent in that window).")
            .arg(count(stats.lastN), count(stats.lastNAccepted), count(stats.lastNDecided),
                 OutreachStyle::formatRate(stats.lastNRate), count(stats.lastNSent));
    m_lastN->setToolTip(lastNHow);

    m_recent->setVisible(stats.lastNSent > 0);
    if (stats.recentSent == 0)
        m_recent->setText(tr("Last 30 days: none sent."));
    else if (stats.recentRate)
        m_recent->setText(tr("Last 30 days: %1 accepted (%2 of %3 decided), %4 sent")
                              .arg(OutreachStyle::formatRate(stats.recentRate),
                                   count(stats.recentAccepted), count(stats.recentDecided),
                                   count(stats.recentSent)));
    else
        m_recent->setText(
            tr("Last 30 days: %1 sent, none decided yet").arg(count(stats.recentSent)));
    const QString recentHow =
        tr("Acceptance over the last 30 days (sent today or in the 29 days before) = accepted "
           "÷ decided = %1 ÷ %2 = %3 (%4 sent in that window).")
            .arg(count(stats.recentAccepted), count(stats.recentDecided),
                 OutreachStyle::formatRate(stats.recentRate), count(stats.recentSent));
    m_recent->setToolTip(recentHow);
    m_decidedRule->setText(InvitationStats::decidedRule());
    m_decidedRule->setVisible(stats.lastNSent > 0);

    const bool below = stats.lastNRate && *stats.lastNRate < stats.threshold;
    m_warning->setVisible(stats.warning);
    m_warningText->setText(tr("Warning: acceptance over the last %1 invitations is below %2 % — "
                              "send fewer blind invitations and add a note that says why you "
                              "want to connect.")
                               .arg(count(stats.lastN), percent(stats.threshold)));
    const int needed = std::min(InvitationStats::MinDecidedForWarning, stats.lastN);
    m_tooFew->setVisible(below && !stats.warning);
    m_tooFew->setText(tr("Below %1 %, but too few decided to judge yet (%2 needed).")
                          .arg(percent(stats.threshold), count(needed)));
    m_invitationsHow->setToolTip(
        lastNHow + u"\n"_s + recentHow + u"\n"_s + InvitationStats::decidedRule() + u"\n"_s +
        tr("The warning shows when the last-%1 rate is below %2 % with at least %3 decided.")
            .arg(count(stats.lastN), percent(stats.threshold), count(needed)));
}

void OutreachNumbersPanel::showPending(const InvitationStats &stats)
{
    const int pending = int(stats.pending.size());
    m_pendingCount->setText(pending == 0 ? tr("None pending.")
                                         : tr("%1 pending").arg(count(pending)));

    QStringList oldest;
    for (int i = 0; i < qMin(pending, oldestShown); ++i) {
        const InvitationRecord &inv = stats.pending.at(i);
        QString name;
        if (m_contacts) {
            if (const auto contact = m_contacts->get(inv.contactId))
                name = contact->fullName();
        }
        if (name.isEmpty())
            name = tr("Contact #%1").arg(inv.contactId);
        oldest << tr("%1 (%2)").arg(
            u"<a href=\"contact:%1\">%2</a>"_s.arg(inv.contactId).arg(name.toHtmlEscaped()),
            days(stats.ageDays(inv)));
    }
    m_oldest->setVisible(!oldest.isEmpty());
    m_oldest->setText(oldest.isEmpty() ? QString() : tr("Oldest: %1").arg(oldest.join(u", "_s)));

    const int old = int(stats.withdrawSuggestions.size());
    const QString show = u"<a href=\"show-pending\">%1</a>"_s.arg(tr("Show them").toHtmlEscaped());
    if (old == 0)
        m_withdraw->setText(pending == 0 ? QString()
                                         : tr("None older than three weeks. %1").arg(show));
    else if (old == 1)
        m_withdraw->setText(
            tr("1 pending for more than three weeks: consider withdrawing it. %1").arg(show));
    else
        m_withdraw->setText(
            tr("%1 pending for more than three weeks: consider withdrawing them. %2")
                .arg(count(old), show));
    m_withdraw->setVisible(pending > 0);
    m_reminder->setText(InvitationStats::withdrawReminder());
    m_reminder->setVisible(old > 0);
    m_pendingHow->setToolTip(
        tr("Pending = invitations sent with no outcome yet: %1. Worth withdrawing = pending for "
           "more than three weeks (22 days or more since sending): %2. Days are calendar days "
           "in your time zone.")
            .arg(count(pending), count(old)));
}

void OutreachNumbersPanel::showInMail(const InMailLedger &ledger, const OutreachSettings &settings)
{
    // Credits and InMails are different counts: an InMail sent with no
    // credit left awaits an answer but holds no credit.
    QString credits = tr("Credits: %1 available · %2 held by InMails awaiting an answer · %3 "
                         "spent · %4 returned")
                          .arg(count(ledger.available), count(ledger.creditsHeld),
                               count(ledger.spent), count(ledger.returned));
    if (ledger.expired > 0)
        credits = tr("%1 · %2 expired").arg(credits, count(ledger.expired));
    if (ledger.overBudget > 0)
        credits = tr("%1 · %2 sent with no credit left").arg(credits, count(ledger.overBudget));
    m_credits->setText(credits);
    const QString creditsHow =
        tr("Available = granted − held − spent − expired = %1 − %2 − %3 − %4 = %5. Any answer "
           "within 90 days of sending (day 90 included, in your calendar days), “not "
           "interested” too, returns the credit; credits expire 90 days after they are granted.")
            .arg(count(ledger.granted), count(ledger.creditsHeld), count(ledger.spent),
                 count(ledger.expired), count(ledger.available));
    m_credits->setToolTip(creditsHow);

    if (ledger.sent == 0)
        m_response->setText(tr("No InMails sent yet."));
    else
        m_response->setText(tr("Response rate: %1 (%2 of %3 answered) · %4 awaiting an answer")
                                .arg(OutreachStyle::formatRate(ledger.responseRate),
                                     count(ledger.answered), count(ledger.sent),
                                     count(ledger.awaitingAnswer)));
    const QString responseHow =
        tr("Response rate = answered ÷ sent = %1 ÷ %2 = %3. Any answer counts, whenever it "
           "comes; only one within 90 days returns the credit. Awaiting an answer: InMails sent "
           "in the last 90 days with no answer yet (%4), with or without a credit.")
            .arg(count(ledger.answered), count(ledger.sent),
                 OutreachStyle::formatRate(ledger.responseRate), count(ledger.awaitingAnswer));
    m_response->setToolTip(responseHow);
    m_split->setVisible(ledger.sent > 0);
    m_split->setText(tr("With a “reply Not Interested” line: %1 (%2) · without: %3 (%4)")
                         .arg(OutreachStyle::formatRate(ledger.askedNegativeRate),
                              count(ledger.askedNegativeSent),
                              OutreachStyle::formatRate(ledger.notAskedRate),
                              count(ledger.notAskedSent)));
    m_split->setToolTip(tr("Response rate of the InMails that asked for a negative answer (“If "
                           "you are not interested, just reply ‘Not Interested’”) against those "
                           "that did not; in brackets, how many were sent."));

    const int monthly = settings.plan.monthlyCredits;
    QString plan =
        monthly == 1
            ? tr("Plan: %1, 1 credit a month").arg(OutreachStyle::planLabel(settings.plan.kind))
            : tr("Plan: %1, %2 credits a month")
                  .arg(OutreachStyle::planLabel(settings.plan.kind), count(monthly));
    if (settings.planStart.isValid())
        plan = tr("%1, since %2")
                   .arg(plan, QLocale().toString(settings.planStart, QLocale::LongFormat));
    m_plan->setText(plan);
    m_plan->setToolTip(tr("Change the plan in Edit ▸ Preferences."));
    m_inmailHow->setToolTip(creditsHow + u"\n"_s + responseHow);
}

bool OutreachNumbersPanel::isWarningShown() const
{
    return m_stack->currentWidget() == m_groups && !m_warning->isHidden();
}

QString OutreachNumbersPanel::text() const
{
    if (m_stack->currentWidget() == m_noDatabase)
        return m_noDatabase->text();
    QStringList lines;
    for (QLabel *label :
         {m_lastN, m_recent, m_warningText, m_tooFew, m_decidedRule, m_pendingCount, m_oldest,
          m_withdraw, m_reminder, m_credits, m_response, m_split, m_plan}) {
        const bool hidden = label == m_warningText ? m_warning->isHidden() : label->isHidden();
        if (hidden || label->text().isEmpty())
            continue;
        lines << (label->textFormat() == Qt::RichText
                      ? QTextDocumentFragment::fromHtml(label->text()).toPlainText()
                      : label->text());
    }
    return lines.join(u'\n');
}

void OutreachNumbersPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyWarningColour();
    QWidget::changeEvent(event);
}

void OutreachNumbersPanel::applyWarningColour()
{
    QPalette palette = m_warningText->palette();
    palette.setColor(QPalette::WindowText, OutreachStyle::warningColor(this->palette()));
    m_warningText->setPalette(palette);
}

} // namespace rapport
