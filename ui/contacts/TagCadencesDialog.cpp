#include "contacts/TagCadencesDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rapport {

TagCadencesDialog::TagCadencesDialog(const QList<TagCadence> &cadences, int defaultCadenceDays,
                                     QWidget *parent)
    : SavingDialog(parent)
    , m_cadences(cadences)
{
    setObjectName(u"tagCadencesDialog"_s);
    setWindowTitle(tr("Keep-in-Touch Cadence by Tag"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Connections with a tag are offered a call after this many days out of touch. A "
           "contact's own cadence wins; with several tagged cadences, the shortest applies. "
           "Without one, the default is %n days (Edit \u25b8 Preferences).",
           nullptr, defaultCadenceDays),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    if (cadences.isEmpty()) {
        auto *empty = new QLabel(tr("There are no tags yet. Give contacts tags in their details "
                                    "(for example \u201cClients\u201d or \u201cMentors\u201d), "
                                    "then set how often to keep in touch with each group here."),
                                 this);
        empty->setObjectName(u"tagCadencesEmpty"_s);
        empty->setWordWrap(true);
        layout->addWidget(empty);
    } else {
        m_table = new QTableWidget(int(cadences.size()), 3, this);
        m_table->setObjectName(u"tagCadencesTable"_s);
        m_table->setHorizontalHeaderLabels({tr("Tag"), tr("Contacts"), tr("Keep in touch every")});
        m_table->verticalHeader()->hide();
        m_table->setSelectionMode(QAbstractItemView::NoSelection);
        m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
        m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
        m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
        for (int row = 0; row < cadences.size(); ++row) {
            const TagCadence &c = cadences.at(row);
            auto *tag = new QTableWidgetItem(c.tag);
            tag->setFlags(Qt::ItemIsEnabled);
            m_table->setItem(row, 0, tag);
            auto *count = new QTableWidgetItem(QLocale().toString(c.contacts));
            count->setFlags(Qt::ItemIsEnabled);
            count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, 1, count);
            auto *spin = new QSpinBox(m_table);
            spin->setAccessibleName(tr("Cadence for tag %1").arg(c.tag));
            // 6 shows as "Default": cadences start at 7 days, as in Preferences.
            spin->setRange(6, 3650);
            spin->setSpecialValueText(tr("Default"));
            spin->setSuffix(tr(" days"));
            spin->setValue(c.days.value_or(6));
            m_table->setCellWidget(row, 2, spin);
            connect(spin, &QSpinBox::valueChanged, this, &TagCadencesDialog::updateOk);
            m_spins << spin;
        }
        layout->addWidget(m_table, 1);
    }
    addErrorLine(layout);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &TagCadencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(520, m_table ? 420 : sizeHint().height());
}

QList<TagCadence> TagCadencesDialog::cadences() const
{
    QList<TagCadence> list = m_cadences;
    for (int i = 0; i < list.size() && i < m_spins.size(); ++i) {
        const int value = m_spins.at(i)->value();
        list[i].days = value == m_spins.at(i)->minimum() ? std::nullopt : std::optional<int>(value);
    }
    return list;
}

} // namespace rapport
