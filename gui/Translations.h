#pragma once

#include <QList>
#include <QLocale>

class QTranslator;

namespace antler::gui {

// Antler's own translations, embedded as :/i18n/antler_<language>.qm, and
// Qt's, from the Qt installation when it has them.
class Translations
{
public:
    // Installs the translators for locale on the running QCoreApplication,
    // which owns them; returns the ones installed (none for English).
    static QList<QTranslator *> install(const QLocale &locale);
    static void remove(const QList<QTranslator *> &translators);
};

} // namespace antler::gui
