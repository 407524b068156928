package dev.quicnprotochat.application.port.in;

/// A channel's kind, members and current epoch, for its members.
@FunctionalInterface
public interface DescribeChannelUseCase {

  DescribeChannelResult describeChannel(DescribeChannelCommand command);
}
