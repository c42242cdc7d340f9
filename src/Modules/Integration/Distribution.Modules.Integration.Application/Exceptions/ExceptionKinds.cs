namespace Distribution.Modules.Integration.Application.Exceptions;

/// <summary>The kinds of exceptions the Integration module raises (<c>&lt;area&gt;.&lt;what-happened&gt;</c>).</summary>
public static class ExceptionKinds
{
    /// <summary>A partner did not acknowledge one of our functional groups within its window.</summary>
    public const string AcknowledgementOverdue = "edi.acknowledgement-overdue";

    /// <summary>A partner rejected (all or part of) one of our functional groups in its 997.</summary>
    public const string GroupRejected = "edi.group-rejected";

    /// <summary>A received file was rejected (unreadable, broken envelope, unknown partner).</summary>
    public const string InboundRejected = "edi.inbound-rejected";

    /// <summary>A partner's 997 names a group we have no record of sending.</summary>
    public const string AcknowledgementUnmatched = "edi.acknowledgement-unmatched";

    /// <summary>A transport could not reach the partner (connection, authentication, host key, disk).</summary>
    public const string TransportFailed = "edi.transport-failed";

    /// <summary>A channel's transport lacks what it needs (e.g. the SFTP server or its credential).</summary>
    public const string TransportNotConfigured = "edi.transport-not-configured";

    /// <summary>An outbound document could not be delivered within its attempts.</summary>
    public const string DeliveryFailed = "edi.delivery-failed";
}
