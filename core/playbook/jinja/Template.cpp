#include "playbook/jinja/Template.h"

#include "playbook/jinja/Parser.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>

namespace antler::playbook::jinja {

namespace {

constexpr qsizetype MaximumCacheEntries = 2048;
constexpr qsizetype MaximumCachedLength = 8 * 1024; // bounds the cache to about 32 MiB
constexpr qsizetype QuotedLength = 80;

QString describePosition(const QString &source, int position)
{
    position = qBound(0, position, int(source.size()));
    const int line = int(QStringView(source).left(position).count(QLatin1Char('\n'))) + 1;
    const int lineStart = int(source.lastIndexOf(QLatin1Char('\n'), position - 1)) + 1;
    const int column = position - lineStart + 1;
    const bool multiline = source.contains(QLatin1Char('\n'));
    // A multi-line template is quoted by the line in question only.
    QString quoted
        = multiline ? source.mid(lineStart, source.indexOf(QLatin1Char('\n'), lineStart) - lineStart) : source;
    if (multiline && source.indexOf(QLatin1Char('\n'), lineStart) < 0)
        quoted = source.mid(lineStart);
    if (quoted.size() > QuotedLength)
        quoted = quoted.left(QuotedLength) + QStringLiteral("…");
    if (!multiline)
        return QCoreApplication::translate("antler::playbook::jinja::Template", "at column %1 of '%2'")
            .arg(column)
            .arg(quoted);
    return QCoreApplication::translate("antler::playbook::jinja::Template", "at line %1, column %2 of '%3'")
        .arg(line)
        .arg(column)
        .arg(quoted);
}

struct CacheKey
{
    QString source;
    int flags;
    bool operator==(const CacheKey &other) const { return flags == other.flags && source == other.source; }
};

size_t qHash(const CacheKey &key, size_t seed = 0)
{
    return ::qHash(key.source, seed) ^ size_t(key.flags);
}

} // namespace

std::shared_ptr<const Template> Template::parse(const QString &source, Mode mode, const Lexer::Options &options)
{
    const int flags = (mode == Mode::Expression ? 1 : 0) | (options.trimBlocks ? 2 : 0) | (options.lstripBlocks ? 4 : 0)
        | (options.literalBackslashes ? 8 : 0);
    static QMutex mutex;
    static QHash<CacheKey, std::shared_ptr<const Template>> cache;
    const bool cacheable = source.size() <= MaximumCachedLength;
    CacheKey key {source, flags};
    if (cacheable) {
        QMutexLocker locker(&mutex);
        auto it = cache.constFind(key);
        if (it != cache.cend())
            return it.value();
    }

    auto result = std::make_shared<Template>();
    const QString text = mode == Mode::Expression ? QStringLiteral("{{") + source + QStringLiteral("}}") : source;
    const int offset = mode == Mode::Expression ? 2 : 0;
    QList<Token> tokens;
    QString phrase;
    int position = 0;
    bool ok = Lexer::tokenize(text, options, &tokens, &phrase, &position);
    if (ok) {
        Parser parser(tokens);
        result->m_body = parser.parseTemplate(&phrase, &position);
        ok = result->m_body != nullptr;
    }
    if (ok && mode == Mode::Expression) {
        const auto &children = result->m_body->children;
        if (children.size() != 1 || children.front()->kind != Node::Kind::Print) {
            ok = false;
            result->m_body.reset();
            phrase = QCoreApplication::translate("antler::playbook::jinja::Template",
                                                 "the expression must not contain '}}' outside a string");
            position = int(source.size()) + offset;
        }
    }
    if (!ok) {
        const QString where = describePosition(source, position - offset);
        result->m_error = phrase.contains(QLatin1String("{position}"))
            ? QString(phrase).replace(QLatin1String("{position}"), where)
            : phrase + QLatin1Char(' ') + where;
    } else {
        const auto &children = result->m_body->children;
        if (children.size() == 1 && children.front()->kind == Node::Kind::Print)
            result->m_single = children.front()->children.front();
    }

    if (cacheable) {
        QMutexLocker locker(&mutex);
        if (cache.size() >= MaximumCacheEntries)
            cache.clear();
        cache.insert(key, result);
    }
    return result;
}

} // namespace antler::playbook::jinja
