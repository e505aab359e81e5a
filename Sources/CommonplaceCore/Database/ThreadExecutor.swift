import NIOPosix

/// One thread that runs both an SQLite connection's statements and the task that issues them.
///
/// SQLite blocks the thread a statement runs on, so a connection's statements run on a thread of its own rather than
/// on Swift's shared pool. The task that issues them runs there too (a task executor preference): each statement is
/// then a plain call on that thread, and a transaction of ten statements runs without handing off between threads.
final class ThreadExecutor: TaskExecutor {
    /// The thread, as the pool the connection is opened on.
    let pool: NIOThreadPool

    init(name: String) {
        pool = NIOThreadPool(numberOfThreads: 1)
        pool._start(threadNamePrefix: name)
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        // A job must run even if the pool has stopped: `submit` then calls back at once on this thread.
        pool.submit { _ in job.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }
}
