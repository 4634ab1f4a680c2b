#pragma once

class QWidget;

/** The About box: version, what the app does, licence, Qt version, home page. */
void showAboutBox(QWidget *parent);
