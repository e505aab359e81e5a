import NIOCore
import NIOHTTPTypes

/// Closes a connection whose client began a request and did not finish sending it within the deadline.
///
/// The server's idle timeout closes connections that send nothing, or never finish their headers; but each body
/// byte counts as activity, so a body trickling in a byte at a time would hold its connection for as long as the
/// client likes. This handler gives the whole request, from its head to its end, one deadline.
final class RequestDeadlineHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart

    private let deadline: TimeAmount
    private var closing: Scheduled<Void>?

    init(deadline: TimeAmount) {
        self.deadline = deadline
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head:
            closing?.cancel()
            closing = context.eventLoop.assumeIsolated().scheduleTask(in: deadline) { context.close(promise: nil) }
        case .end:
            closing?.cancel()
            closing = nil
        case .body:
            break
        }
        context.fireChannelRead(data)
    }

    func channelInactive(context: ChannelHandlerContext) {
        closing?.cancel()
        context.fireChannelInactive()
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        closing?.cancel()
    }
}
