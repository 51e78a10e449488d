#include "contacts/ContactDetailPanel.h"

#include "common/LinkButton.h"
#include "common/OutreachStyle.h"
#include "common/Prompts.h"
#include "common/ThemedIcon.h"
#include "common/TierStyle.h"
#include "contacts/ContactForm.h"
#include "domain/ConnectionScore.h"
#include "domain/RelativeDate.h"
#include "store/ExportChangeStore.h"
#include "store/ScoreStore.h"
#include "store/TimelineStore.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

QString timelineLabel(const QString &channel, const QString &direction)
{
    const bool in = direction == u"in"_s;
    if (channel == u"inmail"_s)
        return in ? ContactDetailPanel::tr("Received an InMail")
                  : ContactDetailPanel::tr("Sent an InMail");
    if (channel == u"invitation"_s)
        return in ? ContactDetailPanel::tr("Invited you to connect")
                  : ContactDetailPanel::tr("Sent an invitation");
    if (channel == u"email"_s)
        return in ? ContactDetailPanel::tr("Received an e-mail")
                  : ContactDetailPanel::tr("Sent an e-mail");
    if (channel == u"call"_s)
        return ContactDetailPanel::tr("Call");
    return in ? ContactDetailPanel::tr("Received a message")
              : ContactDetailPanel::tr("Sent a message");
}

QString valueLabel(const QString &kind)
{
    if (kind == u"howto"_s)
        return ContactDetailPanel::tr("You shared a how-to");
    if (kind == u"introduction"_s)
        return ContactDetailPanel::tr("You made an introduction");
    if (kind == u"recommendation"_s)
        return ContactDetailPanel::tr("You gave a recommendation");
    if (kind == u"endorsement"_s)
        return ContactDetailPanel::tr("You endorsed them");
    return ContactDetailPanel::tr("You offered something of value");
}

} // namespace

ContactDetailPanel::ContactDetailPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"detailPanel"_s);
    setAccessibleName(tr("Contact details"));

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    outer->addWidget(m_stack);

    m_stack->addWidget(createHint());

    auto *details = new QWidget(m_stack);
    auto *layout = new QVBoxLayout(details);
    layout->setContentsMargins(12, 8, 8, 8);

    createHeader(details, layout);
    layout->addWidget(createScoreRow(details));
    layout->addSpacing(6);
    layout->addWidget(createFormAndTimeline(details), 1);
    layout->addWidget(createButtons(details));
    m_stack->addWidget(details);
    connectActions();

    setContact(std::nullopt);
}

QLabel *ContactDetailPanel::createHint()
{
    auto *hint = new QLabel(tr("Select a contact to see and edit the details."), m_stack);
    hint->setObjectName(u"detailHint"_s);
    hint->setAlignment(Qt::AlignCenter);
    hint->setWordWrap(true);
    hint->setEnabled(false);
    hint->setMargin(12);
    return hint;
}

void ContactDetailPanel::createHeader(QWidget *details, QVBoxLayout *layout)
{
    m_nameLabel = new QLabel(details);
    m_nameLabel->setObjectName(u"detailNameLabel"_s);
    QFont titleFont = m_nameLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_nameLabel->setFont(titleFont);
    m_nameLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_nameLabel->setWordWrap(true);
    layout->addWidget(m_nameLabel);

    m_subtitleLabel = new QLabel(details);
    m_subtitleLabel->setWordWrap(true);
    m_subtitleLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_subtitleLabel);

    // Gone from the latest LinkedIn export: kept, and marked.
    m_formerLabel = new QLabel(details);
    m_formerLabel->setObjectName(u"detailFormerConnection"_s);
    m_formerLabel->setWordWrap(true);
    m_formerLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_formerLabel->hide();
    layout->addWidget(m_formerLabel);

    auto *tierRow = new QHBoxLayout;
    tierRow->setSpacing(6);
    m_tierIcon = new QLabel(details);
    m_tierIcon->setObjectName(u"tierIcon"_s);
    tierRow->addWidget(m_tierIcon);
    m_tierLabel = new QLabel(details);
    m_tierLabel->setObjectName(u"tierLabel"_s);
    m_tierLabel->setAccessibleName(tr("Engagement tier"));
    m_tierLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Wraps rather than widening the panel for a long tier and date.
    m_tierLabel->setWordWrap(true);
    tierRow->addWidget(m_tierLabel, 1);
    layout->addLayout(tierRow);
}

QWidget *ContactDetailPanel::createScoreRow(QWidget *details)
{
    m_scoreRow = new QWidget(details);
    auto *scoreLayout = new QVBoxLayout(m_scoreRow);
    scoreLayout->setContentsMargins(0, 0, 0, 0);
    scoreLayout->setSpacing(0);
    auto *scoreLine = new QHBoxLayout;
    m_scoreLabel = new QLabel(m_scoreRow);
    m_scoreLabel->setObjectName(u"scoreLabel"_s);
    m_scoreLabel->setAccessibleName(tr("Connection score"));
    m_scoreLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    scoreLine->addWidget(m_scoreLabel);
    // A link, as "How is this computed?" is everywhere else.
    m_scoreHelpButton = new LinkButton(tr("How is this computed?"), m_scoreRow);
    m_scoreHelpButton->setObjectName(u"scoreHelpButton"_s);
    m_scoreHelpButton->setToolTip(tr("Show how the connection score is computed"));
    scoreLine->addWidget(m_scoreHelpButton);
    scoreLine->addStretch(1);
    scoreLayout->addLayout(scoreLine);
    m_scorePartsLabel = new QLabel(m_scoreRow);
    m_scorePartsLabel->setObjectName(u"scorePartsLabel"_s);
    m_scorePartsLabel->setAccessibleName(tr("Parts of the connection score"));
    m_scorePartsLabel->setWordWrap(true);
    m_scorePartsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    scoreLayout->addWidget(m_scorePartsLabel);
    m_scoreRow->setVisible(false);
    connect(m_scoreHelpButton, &QPushButton::clicked, this, &ContactDetailPanel::explainScore);
    return m_scoreRow;
}

QSplitter *ContactDetailPanel::createFormAndTimeline(QWidget *details)
{
    auto *split = new QSplitter(Qt::Vertical, details);
    split->setObjectName(u"detailSplitter"_s);
    split->setChildrenCollapsible(false);
    m_form = new ContactForm;
    auto *scroll = new QScrollArea(split);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Never narrower than the form's fields (it scrolls only up and down).
    scroll->setMinimumWidth(m_form->minimumSizeHint().width() +
                            style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, scroll));
    split->addWidget(scroll);

    auto *timelineBox = new QWidget(split);
    auto *timelineLayout = new QVBoxLayout(timelineBox);
    timelineLayout->setContentsMargins(0, 6, 0, 0);
    auto *timelineHeading = new QLabel(tr("Timeline"), timelineBox);
    QFont headingFont = timelineHeading->font();
    headingFont.setBold(true);
    timelineHeading->setFont(headingFont);
    timelineLayout->addWidget(timelineHeading);
    m_timeline = new QListWidget(timelineBox);
    m_timeline->setObjectName(u"timeline"_s);
    m_timeline->setAccessibleName(tr("Timeline, newest first"));
    m_timeline->setWordWrap(true);
    m_timeline->setSelectionMode(QAbstractItemView::NoSelection);
    m_timeline->setFocusPolicy(Qt::TabFocus);
    timelineHeading->setBuddy(m_timeline);
    timelineLayout->addWidget(m_timeline, 1);
    split->addWidget(timelineBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    return split;
}

QDialogButtonBox *ContactDetailPanel::createButtons(QWidget *details)
{
    auto *buttons = new QDialogButtonBox(details);
    m_saveButton = buttons->addButton(QDialogButtonBox::Save);
    m_saveButton->setObjectName(u"saveButton"_s);
    m_saveButton->setToolTip(
        tr("Save the changes (%1)")
            .arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    m_revertButton = buttons->addButton(tr("&Revert"), QDialogButtonBox::ResetRole);
    m_revertButton->setObjectName(u"revertButton"_s);
    m_revertButton->setToolTip(tr("Discard the changes and show the saved contact"));
    m_buttons = buttons;
    return buttons;
}

void ContactDetailPanel::connectActions()
{
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, &ContactDetailPanel::save);
    connect(m_saveButton, &QPushButton::clicked, this, &ContactDetailPanel::save);
    connect(m_revertButton, &QPushButton::clicked, this, &ContactDetailPanel::revert);
    connect(m_form, &ContactForm::edited, this, &ContactDetailPanel::updateButtons);
}

void ContactDetailPanel::setTimelineStore(TimelineStore *timeline)
{
    m_timelineStore = timeline;
    updateTimeline();
}

ContactDetailPanel::~ContactDetailPanel() = default;

void ContactDetailPanel::setExportDatabase(Database *db)
{
    m_exportChanges = db ? std::make_unique<ExportChangeStore>(*db) : nullptr;
}

void ContactDetailPanel::setScoreStore(ScoreStore *scores)
{
    m_scoreStore = scores;
    updateScore();
}

void ContactDetailPanel::explainScore()
{
    const std::optional<ConnectionScore::Parts> parts =
        m_contact && m_scoreStore ? m_scoreStore->get(m_contact->id, QDate::currentDate())
                                  : std::nullopt;
    Prompts::information(this, tr("How the Connection Score Is Computed"),
                         parts ? ConnectionScore::explanation() + u"\n\n"_s +
                                     ConnectionScore::workings(*parts, QDate::currentDate())
                               : ConnectionScore::explanation());
}

void ContactDetailPanel::updateScore()
{
    // Computed from the stored facts on display, so the panel is current
    // even before the stored score (the table's column) is refreshed.
    const std::optional<ConnectionScore::Parts> parts =
        m_contact && m_scoreStore ? m_scoreStore->get(m_contact->id, QDate::currentDate())
                                  : std::nullopt;
    m_scoreRow->setVisible(parts.has_value());
    if (!parts)
        return;
    m_scoreLabel->setText(tr("Connection score %1").arg(parts->total()));
    m_scorePartsLabel->setText(ConnectionScore::partsText(*parts));
}

void ContactDetailPanel::updateTimeline()
{
    m_timeline->clear();
    updateScore();
    if (!m_contact)
        return;
    const QList<TimelineEntry> entries =
        m_timelineStore ? m_timelineStore->forContact(m_contact->id) : QList<TimelineEntry>();
    if (entries.isEmpty()) {
        auto *item = new QListWidgetItem(
            tr("Nothing logged yet. Record who followed, commented, shared or liked with "
               "Contact ▸ Quick Capture (%1); write to them with Contact ▸ Compose Message (%2).")
                .arg(QKeySequence(Qt::CTRL | Qt::Key_L).toString(QKeySequence::NativeText),
                     QKeySequence(Qt::CTRL | Qt::Key_M).toString(QKeySequence::NativeText)),
            m_timeline);
        item->setFlags(Qt::NoItemFlags);
        return;
    }
    const QLocale locale;
    for (const TimelineEntry &e : entries) {
        QIcon icon;
        QString what;
        switch (e.source) {
        case TimelineEntry::EngagementEvent:
            icon = TierStyle::kindIcon(e.kind);
            what = TierStyle::kindLabel(e.kind);
            if (!e.contentTitle.isEmpty())
                what = tr("%1 on “%2”").arg(what, e.contentTitle);
            break;
        case TimelineEntry::OutreachRecord: {
            // Theirs come in as a reply bubble; ours go out as the plane.
            icon = ThemedIcon::icon(e.direction == u"in"_s ? u"queue-reply"_s : u"outreach"_s);
            what = timelineLabel(e.channel, e.direction);
            const QString about = e.subject.isEmpty() ? e.note : e.subject;
            if (!about.isEmpty())
                what = tr("%1: “%2”").arg(what, about);
            if (!e.outcome.isEmpty())
                what = tr("%1 — %2").arg(what, OutreachStyle::outcomeLabel(e.outcome));
            break;
        }
        case TimelineEntry::ValueGivenRecord:
            icon = ThemedIcon::icon(u"value"_s);
            what = valueLabel(e.valueKind);
            if (!e.note.isEmpty())
                what = tr("%1: %2").arg(what, e.note);
            break;
        }
        auto *item = new QListWidgetItem(icon, tr("%1 · %2").arg(what, RelativeDate::text(e.date)),
                                         m_timeline);
        QString tip = locale.toString(e.date, QLocale::LongFormat);
        if (e.source == TimelineEntry::EngagementEvent && !e.note.isEmpty()) {
            item->setText(item->text() + u'\n' + e.note);
            tip += u"\n"_s + e.note;
        }
        item->setToolTip(tip);
    }
}

void ContactDetailPanel::setContact(const std::optional<Contact> &contact)
{
    m_contact = contact;
    updateTimeline();
    if (contact) {
        m_form->setContact(*contact);
        updateHeader(*contact);
        m_stack->setCurrentIndex(1);
    } else {
        m_form->setContact(Contact());
        m_stack->setCurrentIndex(0);
    }
    updateButtons();
}

qint64 ContactDetailPanel::contactId() const
{
    return m_contact ? m_contact->id : 0;
}

bool ContactDetailPanel::isModified() const
{
    return m_contact && !m_readOnly && m_form->isModified();
}

void ContactDetailPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_form->setReadOnly(readOnly);
    m_buttons->setVisible(!readOnly);
}

bool ContactDetailPanel::validate()
{
    return m_form->validate();
}

void ContactDetailPanel::save()
{
    if (!isModified() || !m_form->validate())
        return;
    emit saveRequested(m_form->contact());
}

void ContactDetailPanel::revert()
{
    setContact(m_contact);
}

void ContactDetailPanel::updateHeader(const Contact &contact)
{
    m_nameLabel->setText(contact.fullName());
    QStringList parts;
    if (!contact.position.isEmpty())
        parts << contact.position;
    if (!contact.company.isEmpty())
        parts << contact.company;
    m_subtitleLabel->setText(parts.join(tr(" at ")));
    m_subtitleLabel->setVisible(!parts.isEmpty());
    const std::optional<QDate> goneSince = contact.degree != 1 && m_exportChanges
                                               ? m_exportChanges->goneSince(contact.id)
                                               : std::nullopt;
    m_formerLabel->setText(
        goneSince ? tr("No longer a connection since %1: not in the LinkedIn export imported "
                       "that day.")
                        .arg(QLocale().toString(*goneSince, QLocale::ShortFormat))
                  : QString());
    m_formerLabel->setVisible(goneSince.has_value());

    const Tier tier = contact.tier();
    if (tier.isNone()) {
        // No dot: the words line up with the score and the form below.
        m_tierIcon->clear();
        m_tierIcon->hide();
        m_tierLabel->setText(tr("No engagement logged"));
        m_tierLabel->setEnabled(false);
    } else {
        m_tierIcon->setPixmap(TierStyle::icon(tier).pixmap(QSize(14, 14), devicePixelRatioF()));
        m_tierIcon->show();
        QString text = TierStyle::label(tier);
        if (contact.lastEngagedOn.isValid())
            text = tr("%1 · last engaged %2").arg(text, RelativeDate::text(contact.lastEngagedOn));
        m_tierLabel->setText(text);
        m_tierLabel->setToolTip(contact.lastEngagedOn.isValid()
                                    ? QLocale().toString(contact.lastEngagedOn, QLocale::LongFormat)
                                    : QString());
        m_tierLabel->setEnabled(true);
    }
}

void ContactDetailPanel::updateButtons()
{
    const bool modified = isModified();
    // Save waits for the fields the form says are wrong (beside each).
    const bool valid = m_form->problem().isEmpty();
    m_saveButton->setEnabled(modified && valid);
    m_revertButton->setEnabled(m_contact.has_value() && (modified || !valid));
}

} // namespace rapport
