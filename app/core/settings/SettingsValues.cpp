#include "SettingsValues.h"

#include <array>
#include <utility>

namespace looma {
namespace {

template <typename Enum, std::size_t N> using Words = std::array<std::pair<Enum, const char16_t *>, N>;

// The sslmode words are libpq's own, so the value can be passed through unchanged.
constexpr Words<SslMode, 6> sslWords{{{SslMode::Disable, u"disable"},
                                      {SslMode::Allow, u"allow"},
                                      {SslMode::Prefer, u"prefer"},
                                      {SslMode::Require, u"require"},
                                      {SslMode::VerifyCa, u"verify-ca"},
                                      {SslMode::VerifyFull, u"verify-full"}}};
constexpr Words<PrometheusAuth, 3> authWords{{{PrometheusAuth::None, u"none"},
                                              {PrometheusAuth::Bearer, u"bearer"},
                                              {PrometheusAuth::Basic, u"basic"}}};
constexpr Words<LanguageChoice, 3> languageWords{
    {{LanguageChoice::System, u"system"}, {LanguageChoice::ZhCN, u"zh_CN"}, {LanguageChoice::En, u"en"}}};
constexpr Words<ThemeChoice, 3> themeWords{
    {{ThemeChoice::System, u"system"}, {ThemeChoice::Light, u"light"}, {ThemeChoice::Dark, u"dark"}}};

template <typename Enum, std::size_t N> QString wordOf(const Words<Enum, N> &words, Enum value)
{
    for (const auto &[e, w] : words) {
        if (e == value)
            return QString::fromUtf16(w);
    }
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const Words<Enum, N> &words, QStringView text)
{
    for (const auto &[e, w] : words) {
        if (text == QStringView(w))
            return e;
    }
    return std::nullopt;
}

} // namespace

QString toSettingsText(SslMode value)
{
    return wordOf(sslWords, value);
}
QString toSettingsText(PrometheusAuth value)
{
    return wordOf(authWords, value);
}
QString toSettingsText(LanguageChoice value)
{
    return wordOf(languageWords, value);
}
QString toSettingsText(ThemeChoice value)
{
    return wordOf(themeWords, value);
}

std::optional<SslMode> sslModeFromText(QStringView text)
{
    return valueOf(sslWords, text);
}
std::optional<PrometheusAuth> prometheusAuthFromText(QStringView text)
{
    return valueOf(authWords, text);
}
std::optional<LanguageChoice> languageFromText(QStringView text)
{
    return valueOf(languageWords, text);
}
std::optional<ThemeChoice> themeFromText(QStringView text)
{
    return valueOf(themeWords, text);
}

} // namespace looma
