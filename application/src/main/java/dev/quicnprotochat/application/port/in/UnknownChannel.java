package dev.quicnprotochat.application.port.in;

/// No channel has this id.
public record UnknownChannel()
    implements EnqueueMessageResult, SendToChannelResult, SubmitCommitResult, DescribeChannelResult {}
