#include "ui/sync/SyncSettingsWidget.h"

#include "core/sync/SyncClient.h"
#include "core/sync/SyncEngine.h"
#include "ui/common/Dialogs.h"
#include "ui/common/Style.h"
#include "ui/common/TouchPrompt.h"
#include "ui/common/Widgets.h"
#include "ui/sync/SyncController.h"

#include <QCheckBox>
#include <QDateTime>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSysInfo>
#include <QVBoxLayout>

namespace sk::ui {

SyncSettingsWidget::SyncSettingsWidget(AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_sync(SyncController::of(ctx))
{
    auto *layout = new QVBoxLayout(this);
    m_state = messageLabel(QStringLiteral("syncState"), this);
    layout->addWidget(m_state);

    auto *form = new QFormLayout;
    m_server = new QLineEdit(this);
    m_server->setObjectName(QStringLiteral("syncServer"));
    m_server->setPlaceholderText(QStringLiteral("https://sync.example.org:8443"));
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("syncCode"));
    m_server->setAccessibleName(tr("Server address"));
    m_code->setAccessibleName(tr("Pairing code"));
    m_code->setPlaceholderText(QStringLiteral("ABCD-EFGH-JKMN"));
    for (QLineEdit *e : {m_server, m_code})
        e->setMinimumHeight(kTouchMin);
    // Typed as they are on the touch keyboard: no capital first letter.
    m_server->setInputMethodHints(Qt::ImhUrlCharactersOnly);
    m_code->setInputMethodHints(Qt::ImhNoAutoUppercase);
    form->addRow(tr("Server address"), withTouchEntry(m_server, tr("Sync")));
    form->addRow(tr("Pairing code"), withTouchEntry(m_code, tr("Sync")));
    layout->addLayout(form);
    // Plain http:// to another machine only when ticked, and never without saying what it means.
    m_insecure = new QCheckBox(tr("Allow unencrypted HTTP (http://)"), this);
    m_insecure->setObjectName(QStringLiteral("syncInsecureHttp"));
    m_insecure->setMinimumHeight(kTouchMin);
    layout->addWidget(m_insecure);
    auto *insecureWarning = new QLabel(
        tr("Without encryption, anyone on this network can read the pairing code and this "
           "device's key, and use them to read and change your sales. Use it only on a network "
           "you trust, such as your own at home."),
        this);
    insecureWarning->setObjectName(QStringLiteral("syncInsecureWarning"));
    insecureWarning->setWordWrap(true);
    insecureWarning->setStyleSheet(QStringLiteral("color: #a40000;"));
    insecureWarning->setVisible(false);
    layout->addWidget(insecureWarning);
    connect(m_insecure, &QCheckBox::toggled, this, [this, insecureWarning](bool on) {
        insecureWarning->setVisible(on);
        m_message->clear(); // a refusal of the address no longer stands
    });

    auto *buttons = new QHBoxLayout;
    m_pair = touchButton(tr("Pair"), QStringLiteral("syncPair"), this);
    m_syncNow = touchButton(tr("Sync now"), QStringLiteral("syncNow"), this);
    m_unpair = touchButton(tr("Unpair…"), QStringLiteral("syncUnpair"), this);
    for (QPushButton *b : {m_pair, m_syncNow, m_unpair})
        buttons->addWidget(b);
    buttons->addStretch();
    layout->addLayout(buttons);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("syncMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    layout->addWidget(new QLabel(tr("Set aside (refused by the server, or received and refused "
                                    "here):"),
                                 this));
    m_rejected = new QListWidget(this);
    m_rejected->setObjectName(QStringLiteral("syncRejected"));
    m_rejected->setMaximumHeight(120);
    layout->addWidget(m_rejected);

    connect(m_pair, &QPushButton::clicked, this, &SyncSettingsWidget::pair);
    connect(m_code, &QLineEdit::returnPressed, this, &SyncSettingsWidget::pair);
    connect(m_syncNow, &QPushButton::clicked, this, [this] {
        m_message->setText(tr("Syncing…"));
        m_sync.syncNow();
    });
    connect(m_unpair, &QPushButton::clicked, this, &SyncSettingsWidget::unpair);
    connect(&m_sync, &SyncController::stateChanged, this, &SyncSettingsWidget::refresh);
    connect(&m_sync, &SyncController::pairFinished, this, [this](bool ok, const QString &message) {
        m_pair->setEnabled(true);
        m_message->setText(ok ? tr("Paired. Syncing in the background.")
                              : tr("Pairing failed: %1").arg(message));
        if (ok)
            m_code->clear();
        refresh();
    });
    refresh();
}

void SyncSettingsWidget::refresh()
{
    const sync::SyncState s = m_sync.state();
    QString text;
    if (!s.paired) {
        text = tr(
            "Not connected to a server: everything is kept on this device. %n change(s) will be "
            "sent once it is paired.",
            nullptr,
            int(s.pending));
    } else {
        text = tr("Paired with %1 as %2.")
                   .arg(s.serverUrl.toHtmlEscaped(), s.vendorName.toHtmlEscaped());
        text += QLatin1Char(' ');
        text += s.lastSuccessMs
                    ? tr("Last synced %1.").arg(relativeTime(s.lastSuccessMs, Clock::nowMs()))
                    : tr("Not synced yet.");
        text += QLatin1Char(' ') + tr("%n change(s) not sent yet.", nullptr, int(s.pending));
        if (s.revoked)
            text += QLatin1Char(' ') + tr("The server revoked this device; pair it again.");
        else if (!s.lastError.isEmpty())
            text += QLatin1Char(' ') + tr("Last attempt: %1").arg(s.lastError);
        if (qAbs(s.clockOffsetMs) > kMaxClockSkewMs)
            text += QLatin1Char(' ')
                    + tr("This device's clock is more than %n minute(s) off the server's: set "
                         "its date and time, or the server refuses what it sends.",
                         nullptr,
                         int(std::min<qint64>(qAbs(s.clockOffsetMs) / 60000, 1000000)));
        if (s.reviewFlags > 0)
            text += QLatin1Char(' ')
                    + tr("%n stock movement(s) happened so close to a count on another device "
                         "that clocks decide their order: check them in Inventory.",
                         nullptr,
                         int(s.reviewFlags));
    }
    m_state->setText(text);
    if (s.paired && m_server->text().isEmpty())
        m_server->setText(s.serverUrl);
    m_syncNow->setEnabled(s.paired && !s.revoked && !m_sync.syncing());
    m_unpair->setEnabled(s.paired);
    m_rejected->clear();
    // What this device sent and the server refused, then what it received and refused itself.
    sync::SyncEngine engine(m_ctx.db());
    const auto list
        = [this](const Result<QList<sync::RejectedEvent>> &events, const QString &format) {
              if (events)
                  for (const sync::RejectedEvent &e : *events)
                      m_rejected->addItem(
                          format.arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(e.createdAt),
                                                        QLocale::ShortFormat),
                                     e.type,
                                     e.reason));
          };
    list(engine.rejectedEvents(), tr("%1 %2: %3"));
    list(engine.setAsideEvents(), tr("Received %1 %2: %3"));
    m_rejected->setVisible(m_rejected->count() > 0);
}

void SyncSettingsWidget::pair()
{
    // Pairing gives this till's data to a server: an owner's decision, whatever path led here.
    if (!m_ctx.may(Action::Settings)) {
        m_message->setText(tr("Only an owner can pair or unpair this till."));
        return;
    }
    const QString server = m_server->text().trimmed();
    const QString code = m_code->text().trimmed();
    if (server.isEmpty() || code.isEmpty()) {
        m_message->setText(tr("Enter the server address and the pairing code."));
        return;
    }
    if (auto allowed = sync::SyncClient::checkServerUrl(server, m_insecure->isChecked());
        !allowed) {
        m_message->setText(
            allowed.error().code == Error::Code::Unauthorized
                ? tr("%1 is not encrypted: the pairing code and this device's key would be "
                     "readable by anyone on the network. Use the server's https:// address, or "
                     "tick “Allow unencrypted HTTP” if you trust this network.")
                      .arg(server)
                : tr("The server address must look like https://sync.example.org:8443."));
        return;
    }
    m_pair->setEnabled(false);
    m_message->setText(tr("Pairing…"));
    m_sync.pair(server, code, QSysInfo::machineHostName(), m_insecure->isChecked());
}

void SyncSettingsWidget::unpair()
{
    if (!m_ctx.may(Action::Settings)) {
        m_message->setText(tr("Only an owner can pair or unpair this till."));
        return;
    }
    const sync::SyncState s = m_sync.state();
    const qint64 waiting = s.pending + s.rejected;
    QString keep;
    if (waiting > 0) {
        const auto answer = Dialogs::question(
            this,
            tr("Unpair this device?"),
            tr("%n event(s) on this device have not reached the server yet. They stay on this "
               "device and will be sent after pairing again; a copy is also saved to a file. "
               "Unpair anyway?",
               nullptr,
               int(waiting)));
        if (answer != QMessageBox::Yes)
            return;
        keep = m_ctx.dbPath()
               + QStringLiteral(".unsynced-%1.json")
                     .arg(QDateTime::currentDateTimeUtc().toString(
                         QStringLiteral("yyyyMMddTHHmmss")));
        auto saved = sync::SyncEngine(m_ctx.db()).exportPending(keep);
        if (!saved) {
            Dialogs::warning(
                this,
                tr("Not unpaired"),
                tr("The waiting events could not be saved: %1").arg(saved.error().detail));
            return;
        }
    } else if (Dialogs::question(this,
                                 tr("Unpair this device?"),
                                 tr("This device will stop syncing with %1.").arg(s.serverUrl))
               != QMessageBox::Yes) {
        return;
    }
    if (auto r = m_sync.unpair(); !r) {
        Dialogs::warning(this, tr("Not unpaired"), r.error().detail);
        return;
    }
    m_message->setText(keep.isEmpty()
                           ? tr("Unpaired.")
                           : tr("Unpaired. The waiting events were saved to %1.").arg(keep));
    refresh();
}

} // namespace sk::ui
