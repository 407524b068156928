package dev.quicnprotochat.application.port.in;

/// The caller is not (or no longer) a member of the channel.
public record NotAMember()
    implements EnqueueMessageResult, SendToChannelResult, SubmitCommitResult, DescribeChannelResult {}
