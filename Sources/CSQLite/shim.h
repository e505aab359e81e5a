// The system's SQLite (Debian: libsqlite3-dev), the only SQLite the process links.
#include <sqlite3.h>

// sqlite3_config is variadic, which Swift cannot call. Memory statistics (on in Debian's build) make every
// allocation in every connection take one global mutex; Commonplace never reads them. Only takes effect before
// SQLite initialises, so it is called before the first connection opens.
static inline int csqlite_disable_memory_statistics(void) {
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}
