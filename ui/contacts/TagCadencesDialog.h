#pragma once

// Keep-in-touch cadences per tag: everyone with a tag is due for a call
// after that many days out of touch, unless they have their own cadence.
// When a contact has several tags with cadences, the shortest applies.

#include "common/SavingDialog.h"
#include "domain/TagCadence.h"

#include <QList>

class QSpinBox;
class QTableWidget;

namespace rapport {

class TagCadencesDialog : public SavingDialog
{
    Q_OBJECT

public:
    TagCadencesDialog(const QList<TagCadence> &cadences, int defaultCadenceDays,
                      QWidget *parent = nullptr);

    // Every tag with the cadence chosen.
    QList<TagCadence> cadences() const;

private:
    QList<TagCadence> m_cadences;
    QTableWidget *m_table = nullptr;
    QList<QSpinBox *> m_spins;
};

} // namespace rapport
