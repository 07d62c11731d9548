#pragma once

#include "ui/AppContext.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace sk::ui {

class SyncController;

// Settings → Sync: pair with a server (address and the one-time code its admin printed; plain
// http:// to another machine only with a box ticked, next to what that means), see the
// state, sync now, see events the server set aside (with its reason), and unpair. Unpairing with
// events still waiting asks first and saves them to a file, so nothing unsynced is lost.
class SyncSettingsWidget : public QWidget
{
    Q_OBJECT
public:
    explicit SyncSettingsWidget(AppContext &ctx, QWidget *parent = nullptr);
    void refresh();

private:
    void pair();
    void unpair();

    AppContext &m_ctx;
    SyncController &m_sync;
    QLineEdit *m_server = nullptr;
    QLineEdit *m_code = nullptr;
    QCheckBox *m_insecure = nullptr;
    QPushButton *m_pair = nullptr;
    QPushButton *m_syncNow = nullptr;
    QPushButton *m_unpair = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_message = nullptr;
    QListWidget *m_rejected = nullptr;
};

} // namespace sk::ui
