#include "ui/common/DisplayNames.h"

#include "core/preorder/PreOrderPickup.h"

namespace sk::ui {

namespace {

struct Builtin
{
    const char *code;
    const char *name; // as the first migration (core/Schema.cpp) stores it
};

// The defaults of core/Schema.cpp, marked for translation in this class's context.
constexpr Builtin kTenders[] = {
    {"cash", QT_TRANSLATE_NOOP("sk::ui::DisplayNames", "Cash")},
    {"card", QT_TRANSLATE_NOOP("sk::ui::DisplayNames", "Card")},
    {"snap", QT_TRANSLATE_NOOP("sk::ui::DisplayNames", "SNAP/EBT")},
    {"snap_token", QT_TRANSLATE_NOOP("sk::ui::DisplayNames", "SNAP token")},
    {"credit_token", QT_TRANSLATE_NOOP("sk::ui::DisplayNames", "Market token")},
    {"fmnp", QT_TRANSLATE_NOOP("sk::ui::DisplayNames", "WIC/FMNP check")},
    {"voucher", QT_TRANSLATE_NOOP("sk::ui::DisplayNames", "Gift voucher")},
    {"other", QT_TRANSLATE_NOOP("sk::ui::DisplayNames", "Other")},
    {"incentive", QT_TRANSLATE_NOOP("sk::ui::DisplayNames", "Produce match")},
};

// The built-in eligibility classes of core/SchemaPrograms.cpp.
constexpr Builtin kClasses[] = {
    {"snap", QT_TRANSLATE_NOOP("sk::ui::DisplayNames", "SNAP food")},
    {"fv", QT_TRANSLATE_NOOP("sk::ui::DisplayNames", "Fresh fruit and vegetables")},
    {"fmnp", QT_TRANSLATE_NOOP("sk::ui::DisplayNames", "FMNP")},
    {"wic_cvb", QT_TRANSLATE_NOOP("sk::ui::DisplayNames", "WIC cash-value benefit")},
    {"token", QT_TRANSLATE_NOOP("sk::ui::DisplayNames", "Market tokens")},
};

// The programs core/SchemaTenderPrograms.cpp starts with, known by their names.
constexpr Builtin kPrograms[] = {
    {"SNAP", "SNAP"},
    {"Market tokens", QT_TRANSLATE_NOOP("sk::ui::DisplayNames", "Market tokens")},
    {"FMNP", "FMNP"},
    {"Produce match", QT_TRANSLATE_NOOP("sk::ui::DisplayNames", "Produce match")},
};

// The business settings core/Schema.cpp starts with, known by their text.
constexpr Builtin kSettingTexts[] = {
    {"My Stall", QT_TRANSLATE_NOOP("sk::ui::DisplayNames", "My Stall")},
    {"Thank you!", QT_TRANSLATE_NOOP("sk::ui::DisplayNames", "Thank you!")},
};

constexpr Builtin kTaxCategories[] = {
    {"exempt", QT_TRANSLATE_NOOP("sk::ui::DisplayNames", "Exempt (raw food)")},
    {"prepared", QT_TRANSLATE_NOOP("sk::ui::DisplayNames", "Prepared food")},
    {"general", QT_TRANSLATE_NOOP("sk::ui::DisplayNames", "General merchandise")},
};

template<std::size_t N>
const Builtin *find(const Builtin (&table)[N], const QString &code)
{
    for (const Builtin &b : table)
        if (code == QLatin1StringView(b.code))
            return &b;
    return nullptr;
}

template<std::size_t N>
QString shown(const Builtin (&table)[N], const QString &code, const QString &stored)
{
    const Builtin *b = find(table, code);
    if (b && (stored.isEmpty() || stored == QLatin1StringView(b->name)))
        return DisplayNames::tr(b->name);
    return stored.isEmpty() ? code : stored;
}

template<std::size_t N>
QString toStore(const Builtin (&table)[N], const QString &code, const QString &typed)
{
    const Builtin *b = find(table, code);
    if (b && typed == DisplayNames::tr(b->name))
        return QString::fromLatin1(b->name);
    return typed;
}

} // namespace

QString DisplayNames::tender(const QString &code, const QString &stored)
{
    return shown(kTenders, code, stored);
}

QString DisplayNames::eligibilityClass(const QString &code, const QString &stored)
{
    return shown(kClasses, code, stored);
}

QString DisplayNames::program(const QString &stored)
{
    return shown(kPrograms, stored, stored);
}

QString DisplayNames::taxCategory(const QString &code, const QString &stored)
{
    return shown(kTaxCategories, code, stored);
}

QString DisplayNames::storedTender(const QString &code, const QString &shown)
{
    return toStore(kTenders, code, shown);
}

QString DisplayNames::storedTaxCategory(const QString &code, const QString &shown)
{
    return toStore(kTaxCategories, code, shown);
}

QString DisplayNames::settingText(const QString &stored)
{
    return shown(kSettingTexts, stored, stored);
}

QString DisplayNames::cashReason(const QString &stored)
{
    const QString order = onlineOverpaidOrder(stored);
    if (order.isEmpty())
        return stored;
    return tr("paid back on order %1: paid online for more than was handed over",
              "reason of a cash payout the app records at an order's hand-over")
        .arg(order);
}

hw::ReceiptNames DisplayNames::receiptNames()
{
    return {&DisplayNames::tender, &DisplayNames::program, &DisplayNames::settingText};
}

QString DisplayNames::unit(Unit u)
{
    switch (u) {
    case Unit::Each:
        return tr("each", "unit of sale: sold by the piece");
    case Unit::Lb:
        return tr("lb", "unit of sale: pound");
    case Unit::Kg:
        return tr("kg", "unit of sale: kilogram");
    case Unit::Oz:
        return tr("oz", "unit of sale: ounce");
    case Unit::G:
        return tr("g", "unit of sale: gram");
    }
    return unitCode(u);
}

} // namespace sk::ui
