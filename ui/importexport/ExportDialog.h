#pragma once

// Asks what to export: the contacts the table shows now (its search and
// order) or everyone with a tag; CSV with chosen columns (and a BOM for
// Excel) or vCard for address books; and where to save it. What is missing
// (a file, a column) is said above the buttons, Export waiting meanwhile;
// the caller's saver exports while the dialog is open, so a file that
// cannot be written keeps every choice and says why.

#include "common/SavingDialog.h"
#include "importexport/ExportRequest.h"

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QRadioButton;

namespace rapport {

class ExportDialog : public SavingDialog
{
    Q_OBJECT

public:
    // `viewQuery` is what the contacts table shows; `shownCount` its rows.
    ExportDialog(const ContactQuery &viewQuery, int shownCount, const QStringList &tags,
                 const QString &folder, QWidget *parent = nullptr);

    ExportRequest request() const;

    // Empty when Export can run; else what to choose first.
    QString problem() const override;

private:
    // The dialog's parts, top to bottom (in tab order).
    QGroupBox *createFormatGroup();
    QGroupBox *createScopeGroup(const ContactQuery &viewQuery, int shownCount,
                                const QStringList &tags);
    QGroupBox *createColumnsGroup();
    QHBoxLayout *createFileRow();
    QDialogButtonBox *createButtons();
    void updateState();
    // Says problem() above the buttons and sets Export by it.
    void showProblem();
    void browse();
    QString suggestedName() const;

    ContactQuery m_viewQuery;
    QRadioButton *m_csv = nullptr;
    QRadioButton *m_vcard = nullptr;
    QRadioButton *m_viewScope = nullptr;
    QRadioButton *m_tagScope = nullptr;
    QComboBox *m_tag = nullptr;
    QListWidget *m_columns = nullptr;
    QCheckBox *m_bom = nullptr;
    QLineEdit *m_path = nullptr;
    QLabel *m_message = nullptr;
    QString m_folder;
};

} // namespace rapport
