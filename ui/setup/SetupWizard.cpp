#include "ui/setup/SetupWizard.h"

#include "core/Money.h"
#include "core/SaleRepository.h"
#include "core/TaxTenderRepository.h"
#include "core/checkout/PinStore.h"
#include "ui/checkout/NumericKeypad.h"
#include "ui/common/DisplayNames.h"
#include "ui/common/Language.h"
#include "ui/common/NumberField.h"
#include "ui/common/Style.h"
#include "ui/common/TouchKeyboard.h"
#include "ui/common/Widgets.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace sk::ui {

namespace {

const char *const kDoneKey = "setup_done";
const QString kDefaultStall = QStringLiteral("My Stall");    // core/Schema.cpp
const QString kDefaultFooter = QStringLiteral("Thank you!"); // core/Schema.cpp
constexpr const char *kTaxed[] = {"prepared", "general"};    // the taxable defaults

struct CurrencyChoice
{
    const char *code;
    const char *name;
};

constexpr CurrencyChoice kCurrencies[] = {
    {"USD", QT_TRANSLATE_NOOP("sk::ui::SetupWizard", "US dollar")},
    {"CAD", QT_TRANSLATE_NOOP("sk::ui::SetupWizard", "Canadian dollar")},
    {"MXN", QT_TRANSLATE_NOOP("sk::ui::SetupWizard", "Mexican peso")},
    {"EUR", QT_TRANSLATE_NOOP("sk::ui::SetupWizard", "Euro")},
    {"GBP", QT_TRANSLATE_NOOP("sk::ui::SetupWizard", "Pound sterling")},
    {"AUD", QT_TRANSLATE_NOOP("sk::ui::SetupWizard", "Australian dollar")},
};

QString currencyName(const QString &code)
{
    for (const CurrencyChoice &c : kCurrencies)
        if (code == QLatin1StringView(c.code))
            return SetupWizard::tr(c.name);
    return code;
}

// A large button that is on or off: green with a tick when on, so the state reads at a glance
// and not by colour alone.
QPushButton *bigChoice(const QString &text, QWidget *parent, const QString &name)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    b->setCheckable(true);
    b->setStyleSheet(QStringLiteral("QPushButton:checked { background: #1b7f3b; color: white; "
                                    "border: 1px solid #135c2a; border-radius: 4px; }"));
    QObject::connect(b, &QPushButton::toggled, b, [b, text](bool on) {
        b->setText(on ? QStringLiteral("✓ ") + text : text);
    });
    b->setFocusPolicy(Qt::NoFocus);
    b->setAutoDefault(false);
    b->setMinimumHeight(72);
    b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setScaledFont(b, 1.3, true);
    return b;
}

QLineEdit *bigField(QWidget *parent, const QString &name)
{
    auto *e = new QLineEdit(parent);
    e->setObjectName(name);
    e->setMinimumHeight(56);
    setScaledFont(e, 1.4);
    return e;
}

} // namespace

SetupWizard::SetupWizard(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("SetupWizard"));
    auto sales = SaleRepository(db).list({}, 1);
    m_sold = !sales || !sales->isEmpty();
    m_hasOwner = PinStore(db).lockEnabled().value_or(true);

    m_answers.language = Language::chosen();
    if (m_answers.language.isEmpty()) {
        const QString system = QLocale::system().name().left(2);
        m_answers.language = Language::available().contains(system) ? system : QStringLiteral("en");
    }
    const QString stall = db.setting(QStringLiteral("store_name"));
    m_answers.stallName
        = stall == kDefaultStall || stall == DisplayNames::settingText(kDefaultStall) ? QString()
                                                                                      : stall;
    m_answers.currency = db.setting(QStringLiteral("currency"), QStringLiteral("USD"));
    TaxTenderRepository repo(db);
    if (auto t = repo.taxCategory(QString::fromLatin1(kTaxed[0])))
        m_answers.taxRate = formatPercent(t->ratePpm, QLocale());
    const auto enabled = [&](const char *code) {
        auto t = repo.tenderType(QString::fromLatin1(code));
        return t && t->enabled;
    };
    m_answers.snap = enabled("snap");
    m_answers.tokens = enabled("credit_token");
    m_answers.fmnp = enabled("fmnp");

    new QVBoxLayout(this);
    layout()->setContentsMargins(0, 0, 0, 0);
    build();
}

bool SetupWizard::isDue(Database &db)
{
    if (db.localSetting(QString::fromLatin1(kDoneKey)) == u"1")
        return false;
    auto sales = SaleRepository(db).list({}, 1);
    return sales && sales->isEmpty();
}

QWidget *SetupWizard::makePage(const QString &title, const QString &text)
{
    auto *page = new QWidget(m_stack);
    auto *v = new QVBoxLayout(page);
    v->setContentsMargins(0, 0, 0, 0);
    auto *heading = new QLabel(title, page);
    heading->setObjectName(QStringLiteral("pageTitle"));
    heading->setWordWrap(true);
    setScaledFont(heading, 1.6, true);
    v->addWidget(heading);
    if (!text.isEmpty()) {
        auto *intro = new QLabel(text, page);
        intro->setWordWrap(true);
        setScaledFont(intro, 1.1);
        v->addWidget(intro);
    }
    m_stack->addWidget(page);
    return page;
}

void SetupWizard::build()
{
    if (m_body) {
        // Later: the language button being tapped is on it, still inside its clicked signal.
        m_body->hide();
        layout()->removeWidget(m_body);
        m_body->deleteLater();
    }
    m_body = new QWidget(this);
    layout()->addWidget(m_body);
    setWindowTitle(tr("Set up the till"));
    auto *outer = new QVBoxLayout(m_body);

    auto *top = new QHBoxLayout;
    m_step = new QLabel(m_body);
    m_step->setObjectName(QStringLiteral("setupStep"));
    setScaledFont(m_step, 1.1);
    auto *skip = touchButton(tr("Skip setup"), QStringLiteral("setupSkip"), m_body);
    skip->setToolTip(tr("Start selling now with the settings as they are"));
    skip->setAutoDefault(false);
    connect(skip, &QPushButton::clicked, this, &SetupWizard::skipAll);
    top->addWidget(m_step, 1);
    top->addWidget(skip);
    outer->addLayout(top);

    m_stack = new QStackedWidget(m_body);
    outer->addWidget(m_stack, 1);

    // Language: each by its own name, so a vendor finds theirs whatever is on screen.
    QWidget *page = makePage(tr("Language"), tr("The language of the till's screens."));
    auto *grid = new QGridLayout;
    auto *languageGroup = new QButtonGroup(page);
    const QStringList languages = Language::available();
    for (int i = 0; i < languages.size(); ++i) {
        auto *b = bigChoice(
            Language::nativeName(languages[i]), page, QStringLiteral("language_") + languages[i]);
        b->setChecked(languages[i] == m_answers.language);
        languageGroup->addButton(b, i);
        grid->addWidget(b, i / 2, i % 2);
        connect(
            b, &QPushButton::clicked, this, [this, code = languages[i]] { chooseLanguage(code); });
    }
    static_cast<QVBoxLayout *>(page->layout())->addLayout(grid);
    static_cast<QVBoxLayout *>(page->layout())->addStretch(1);

    // The stall's name, by the on-screen keyboard.
    page = makePage(tr("Your stall's name"), tr("Printed at the top of every receipt."));
    m_stall = bigField(page, QStringLiteral("stallName"));
    m_stall->setPlaceholderText(tr("e.g. Green Acres Farm"));
    m_stall->setMaxLength(80);
    m_stall->setText(m_answers.stallName);
    auto *keys = new TouchKeyboard(page);
    keys->setTarget(m_stall);
    connect(keys, &TouchKeyboard::entered, this, &SetupWizard::next);
    page->layout()->addWidget(m_stall);
    page->layout()->addWidget(keys);

    // Currency.
    page = makePage(tr("Currency"),
                    m_sold ? tr("The till has sales in %1: the currency can no longer change.")
                                 .arg(currencyName(m_answers.currency))
                           : tr("What the prices and the receipts are in."));
    grid = new QGridLayout;
    m_currencies = new QButtonGroup(page);
    int n = 0;
    for (const CurrencyChoice &c : kCurrencies) {
        const QString code = QString::fromLatin1(c.code);
        auto *b = bigChoice(
            tr("%1\n%2").arg(tr(c.name), formatMoney(850, Currency::fromCode(code), QLocale())),
            page,
            QStringLiteral("currency_") + code);
        b->setChecked(code == m_answers.currency);
        b->setEnabled(!m_sold);
        b->setProperty("code", code);
        m_currencies->addButton(b, n);
        grid->addWidget(b, n / 3, n % 3);
        ++n;
    }
    static_cast<QVBoxLayout *>(page->layout())->addLayout(grid);
    static_cast<QVBoxLayout *>(page->layout())->addStretch(1);

    // Sales tax, by the keypad.
    page = makePage(tr("Sales tax"),
                    tr("The rate on prepared food and other goods, in percent; 0 for none. Raw "
                       "farm food stays exempt. Each product's tax is chosen in Inventory."));
    m_rate = bigField(page, QStringLiteral("taxRate"));
    m_rate->setPlaceholderText(tr("e.g. %1").arg(formatPercent(82500, QLocale())));
    m_rate->setText(m_answers.taxRate);
    m_rate->setAlignment(Qt::AlignRight);
    NumberField::attach(m_rate, NumberShape{4, false, {QStringLiteral("%")}});
    auto *pad = new NumericKeypad(m_rate, page);
    pad->setKeyHeight(kTouchMin);
    auto *rateRow = new QHBoxLayout;
    rateRow->addWidget(m_rate, 1);
    auto *percent = new QLabel(QStringLiteral("%"), page);
    setScaledFont(percent, 1.4, true);
    rateRow->addWidget(percent);
    static_cast<QVBoxLayout *>(page->layout())->addLayout(rateRow);
    page->layout()->addWidget(pad);

    // Benefits.
    page = makePage(tr("Benefits you accept"),
                    tr("Tap to turn each on or off. The till then offers it at payment and "
                       "keeps each program's totals for its claim."));
    const struct
    {
        QString label;
        const char *name;
        bool Answers::*answer;
    } programs[] = {
        {tr("SNAP/EBT cards and SNAP tokens"), "acceptSnap", &Answers::snap},
        {tr("Market tokens"), "acceptTokens", &Answers::tokens},
        {tr("WIC/FMNP checks"), "acceptFmnp", &Answers::fmnp},
    };
    static_assert(std::size(programs) == std::tuple_size_v<decltype(m_programs)>);
    for (std::size_t i = 0; i < m_programs.size(); ++i) {
        auto *b = bigChoice(programs[i].label, page, QString::fromLatin1(programs[i].name));
        b->setChecked(m_answers.*programs[i].answer);
        page->layout()->addWidget(b);
        m_programs[i] = {b, programs[i].answer};
    }
    static_cast<QVBoxLayout *>(page->layout())->addStretch(1);

    // The owner's PIN: optional.
    page = makePage(tr("Owner PIN (optional)"),
                    tr("With the owner's name and a PIN, the till starts locked and only the "
                       "owner can void, refund, count and change settings; helpers get their own "
                       "PIN in Settings. Leave the name empty to go without."));
    m_owner = bigField(page, QStringLiteral("ownerName"));
    m_owner->setPlaceholderText(tr("Owner's name"));
    m_owner->setMaxLength(60);
    m_owner->setText(m_answers.ownerName);
    keys = new TouchKeyboard(page);
    keys->setTarget(m_owner);
    connect(keys, &TouchKeyboard::entered, this, &SetupWizard::next);
    page->layout()->addWidget(m_owner);
    page->layout()->addWidget(keys);

    page = makePage(tr("Owner PIN (optional)"), QString());
    m_pinPrompt = new QLabel(page);
    m_pinPrompt->setWordWrap(true);
    setScaledFont(m_pinPrompt, 1.1);
    m_pin = bigField(page, QStringLiteral("ownerPin"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setMaxLength(8);
    m_pin->setAlignment(Qt::AlignCenter);
    pad = new NumericKeypad(m_pin, page, false);
    pad->setKeyHeight(kTouchMin);
    page->layout()->addWidget(m_pinPrompt);
    page->layout()->addWidget(m_pin);
    page->layout()->addWidget(pad);

    page = makePage(tr("Ready to sell"), tr("Everything here can be changed later in Settings."));
    m_summary = messageLabel(QStringLiteral("setupSummary"), page);
    m_summary->setTextFormat(Qt::PlainText);
    setScaledFont(m_summary, 1.2);
    page->layout()->addWidget(m_summary);
    static_cast<QVBoxLayout *>(page->layout())->addStretch(1);

    m_error = messageLabel(QStringLiteral("setupError"), m_body);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    setScaledFont(m_error, 1.1);
    outer->addWidget(m_error);

    auto *nav = new QHBoxLayout;
    m_back = new QPushButton(tr("Back"), m_body);
    m_back->setObjectName(QStringLiteral("setupBack"));
    m_next = new QPushButton(m_body);
    m_next->setObjectName(QStringLiteral("setupNext"));
    for (QPushButton *b : {m_back, m_next}) {
        makeTouch(b, 56);
        b->setMinimumWidth(160);
        b->setAutoDefault(false);
        b->setFocusPolicy(Qt::NoFocus);
        setScaledFont(b, 1.2, true);
    }
    connect(m_back, &QPushButton::clicked, this, &SetupWizard::back);
    connect(m_next, &QPushButton::clicked, this, &SetupWizard::next);
    nav->addWidget(m_back);
    nav->addStretch(1);
    nav->addWidget(m_next);
    outer->addLayout(nav);
    m_body->show();
    goTo(m_page);
}

void SetupWizard::keep()
{
    if (!m_stall)
        return;
    m_answers.stallName = m_stall->text().trimmed();
    if (auto *b = m_currencies->checkedButton())
        m_answers.currency = b->property("code").toString();
    m_answers.taxRate = m_rate->text().trimmed();
    for (const ProgramChoice &program : m_programs)
        m_answers.*program.answer = program.button->isChecked();
    m_answers.ownerName = m_owner->text().trimmed();
}

void SetupWizard::chooseLanguage(const QString &code)
{
    keep();
    m_answers.language = code;
    Language::setChosen(code);
    Language::apply(code);
    // Every screen again in the new language, with its keyboard's layout and its keypad's
    // decimal sign; what was typed stays.
    build();
}

int SetupWizard::page() const
{
    return m_page;
}

bool SetupWizard::skips(int page) const
{
    if (page == OwnerPage)
        return m_hasOwner;
    if (page == PinPage)
        return m_hasOwner || m_answers.ownerName.isEmpty();
    return false;
}

void SetupWizard::goTo(int page)
{
    m_page = std::clamp(page, 0, PageCount - 1);
    m_stack->setCurrentIndex(m_page);
    m_error->clear();
    if (m_page == PinPage) {
        m_pin->clear();
        m_pinPrompt->setText(m_pinRepeat
                                 ? tr("The same PIN again, to be sure.")
                                 : tr("A PIN of 4 to 8 digits for %1.").arg(m_answers.ownerName));
    }
    if (m_page == DonePage)
        m_summary->setText(summary());
    updateNavigation();
    if (m_page == StallPage)
        m_stall->setFocus();
    else if (m_page == TaxPage)
        m_rate->setFocus();
    else if (m_page == OwnerPage)
        m_owner->setFocus();
    else if (m_page == PinPage)
        m_pin->setFocus();
}

void SetupWizard::updateNavigation()
{
    // The PIN page counts whenever the owner page does, so the total does not change under the
    // vendor's finger when a name is typed ("step 7 of 7" becoming "step 7 of 8").
    int shown = 0, at = 0;
    for (int p = 0; p < PageCount; ++p)
        if (!skips(p) || (p == PinPage && !m_hasOwner)) {
            ++shown;
            if (p <= m_page)
                ++at;
        }
    m_step->setText(tr("Setting up the till · step %1 of %2").arg(at).arg(shown));
    m_back->setEnabled(m_page > 0);
    m_next->setText(m_page == DonePage ? tr("Start selling") : tr("Next"));
}

bool SetupWizard::pageDone()
{
    keep();
    switch (m_page) {
    case TaxPage:
        if (!m_answers.taxRate.isEmpty()) {
            auto rate
                = TaxTenderRepository::parseRate(m_answers.taxRate, NumberSource::Typed, QLocale());
            if (!rate || *rate < 0 || *rate > 1000000) {
                m_error->setText(tr("Type the rate as a percentage between 0 and 100, such as %1.")
                                     .arg(formatPercent(82500, QLocale())));
                return false;
            }
        }
        return true;
    case PinPage: {
        const QString pin = m_pin->text();
        if (!m_pinRepeat) {
            if (pin.size() < 4 || pin.size() > 8) {
                m_error->setText(tr("The PIN has 4 to 8 digits."));
                return false;
            }
            m_answers.pin = pin;
            m_pinRepeat = true;
            goTo(PinPage); // the same screen, asking again
            return false;
        }
        if (pin != m_answers.pin) {
            m_pinRepeat = false;
            m_answers.pin.clear();
            goTo(PinPage);
            m_error->setText(tr("The two PINs differ. Type the PIN again."));
            return false;
        }
        m_answers.pinAgain = pin;
        return true;
    }
    default:
        return true;
    }
}

void SetupWizard::next()
{
    if (m_page == DonePage) {
        finish();
        return;
    }
    if (!pageDone())
        return;
    int p = m_page + 1;
    while (p < DonePage && skips(p))
        ++p;
    goTo(p);
}

void SetupWizard::back()
{
    keep();
    int p = m_page - 1;
    while (p > 0 && skips(p))
        --p;
    if (p == PinPage || m_page == PinPage) {
        m_pinRepeat = false;
        m_answers.pin.clear();
        m_answers.pinAgain.clear();
    }
    goTo(p);
}

QString SetupWizard::summary() const
{
    QStringList lines;
    const QString stored = m_db.setting(QStringLiteral("store_name"));
    lines << tr("Stall: %1")
                 .arg(!m_answers.stallName.isEmpty() ? m_answers.stallName
                      : stored == kDefaultStall      ? DisplayNames::settingText(kDefaultStall)
                                                     : stored);
    lines << tr("Currency: %1 (%2)")
                 .arg(currencyName(m_answers.currency),
                      formatMoney(850, Currency::fromCode(m_answers.currency), QLocale()));
    if (!m_answers.taxRate.isEmpty())
        if (auto rate
            = TaxTenderRepository::parseRate(m_answers.taxRate, NumberSource::Typed, QLocale()))
            lines << tr("Sales tax: %1 %").arg(formatPercent(*rate, QLocale()));
    QStringList accepted;
    if (m_answers.snap)
        accepted << DisplayNames::tender(QStringLiteral("snap"), {});
    if (m_answers.tokens)
        accepted << DisplayNames::tender(QStringLiteral("credit_token"), {});
    if (m_answers.fmnp)
        accepted << DisplayNames::tender(QStringLiteral("fmnp"), {});
    lines << (accepted.isEmpty() ? tr("Benefits: none")
                                 : tr("Benefits: %1").arg(QLocale().createSeparatedList(accepted)));
    if (!m_hasOwner)
        lines << (m_answers.pinAgain.isEmpty()
                      ? tr("Owner PIN: none, the till does not lock")
                      : tr("Owner PIN: set for %1").arg(m_answers.ownerName));
    return lines.join(QLatin1Char('\n'));
}

void SetupWizard::skipAll()
{
    m_db.setLocalSetting(QString::fromLatin1(kDoneKey), QStringLiteral("1"));
    reject();
}

void SetupWizard::finish()
{
    keep();
    QStringList problems;
    const auto check = [&](const Status &s) {
        if (!s)
            problems << s.error().detail;
    };
    if (!m_answers.stallName.isEmpty())
        check(m_db.setSetting(QStringLiteral("store_name"), m_answers.stallName));
    // Like the footer: the default name in the language chosen, for receipts.
    else if (m_db.setting(QStringLiteral("store_name")) == kDefaultStall)
        check(m_db.setSetting(QStringLiteral("store_name"),
                              DisplayNames::settingText(kDefaultStall)));
    // The default footer in the language chosen; one the vendor wrote stays.
    if (m_db.setting(QStringLiteral("receipt_footer")) == kDefaultFooter)
        check(m_db.setSetting(QStringLiteral("receipt_footer"),
                              DisplayNames::settingText(kDefaultFooter)));
    if (!m_sold && m_answers.currency != m_db.setting(QStringLiteral("currency")))
        check(m_db.setSetting(QStringLiteral("currency"), m_answers.currency));

    TaxTenderRepository repo(m_db);
    if (!m_answers.taxRate.isEmpty())
        if (auto rate
            = TaxTenderRepository::parseRate(m_answers.taxRate, NumberSource::Typed, QLocale()))
            for (const char *code : kTaxed)
                if (auto t = repo.taxCategory(QString::fromLatin1(code));
                    t && t->ratePpm != *rate) {
                    t->ratePpm = *rate;
                    if (auto saved = repo.saveTaxCategory(*t); !saved)
                        problems << saved.error().detail;
                }
    const std::pair<const char *, bool> tenders[] = {{"snap", m_answers.snap},
                                                     {"snap_token", m_answers.snap},
                                                     {"credit_token", m_answers.tokens},
                                                     {"fmnp", m_answers.fmnp}};
    for (const auto &[code, on] : tenders)
        if (auto t = repo.tenderType(QString::fromLatin1(code)); t && t->enabled != on) {
            t->enabled = on;
            if (auto saved = repo.saveTenderType(*t); !saved)
                problems << saved.error().detail;
        }
    if (!m_hasOwner && !m_answers.pinAgain.isEmpty()) {
        if (auto user = PinStore(m_db).addUser(
                m_answers.ownerName, TillUser::Role::Owner, m_answers.pinAgain);
            !user)
            problems << user.error().detail;
        else
            m_hasOwner = true;
    }
    if (!problems.isEmpty()) {
        m_error->setText(
            tr("Not everything could be saved: %1").arg(problems.join(QStringLiteral("; "))));
        return;
    }
    m_db.setLocalSetting(QString::fromLatin1(kDoneKey), QStringLiteral("1"));
    accept();
}

QString SetupWizard::errorText() const
{
    return m_error ? m_error->text() : QString();
}

} // namespace sk::ui
