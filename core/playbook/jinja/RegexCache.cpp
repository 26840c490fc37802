#include "playbook/jinja/RegexCache.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>

namespace antler::playbook::jinja {

namespace {

constexpr qsizetype MaximumEntries = 512;

struct Key
{
    QString pattern;
    int options;
    bool operator==(const Key &other) const { return options == other.options && pattern == other.pattern; }
};

size_t qHash(const Key &key, size_t seed = 0)
{
    return ::qHash(key.pattern, seed) ^ size_t(key.options);
}

} // namespace

bool RegexCache::get(const QString &pattern, QRegularExpression::PatternOptions options, QRegularExpression *out,
                     QString *error)
{
    static QMutex mutex;
    static QHash<Key, QRegularExpression> cache;
    const Key key {pattern, int(options)};
    {
        QMutexLocker locker(&mutex);
        auto it = cache.constFind(key);
        if (it != cache.cend()) {
            *out = it.value();
            return true;
        }
    }
    QRegularExpression regex(pattern, options);
    if (!regex.isValid()) {
        *error = QCoreApplication::translate("antler::playbook::jinja::RegexCache",
                                             "invalid regular expression '%1': %2 at offset %3")
                     .arg(pattern, regex.errorString())
                     .arg(regex.patternErrorOffset());
        return false;
    }
    regex.optimize();
    QMutexLocker locker(&mutex);
    if (cache.size() >= MaximumEntries)
        cache.clear();
    cache.insert(key, regex);
    *out = regex;
    return true;
}

} // namespace antler::playbook::jinja
