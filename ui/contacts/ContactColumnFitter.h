#pragma once

// Fits the contacts table's columns to its width: Tier, Connected, Degree,
// Last engaged and Score get what their title and usual content need; Name,
// Position, Company, Location and Industry share the rest by how long their
// values usually are (never under their titles), so together they end at
// the table's edge and no sideways scrolling is needed.

class QTableView;

namespace rapport {

class ContactColumnFitter
{
public:
    // `table` shows a ContactTableModel.
    static void fit(QTableView *table);
};

} // namespace rapport
