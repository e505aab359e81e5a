import NIOPosix

/// One thread that runs both an SQLite connection's statements and the task that issues them.
///
/// sqlite-nio runs every statement on a thread pool and resumes the caller from there; a task on Swift's global
/// executor then wakes another thread for each statement it awaits, twice per statement. Running the task on the
/// connection's own single-thread pool instead makes each step the next item of that thread's queue: a transaction
/// of ten statements runs without handing off between threads.
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
