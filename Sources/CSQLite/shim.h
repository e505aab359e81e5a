// The system's SQLite (Debian: libsqlite3-dev), the only SQLite the process links.
#include <sqlite3.h>
