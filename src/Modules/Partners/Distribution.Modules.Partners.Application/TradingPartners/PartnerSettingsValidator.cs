using Distribution.Modules.Partners.Domain.TradingPartners;
using FluentValidation;

namespace Distribution.Modules.Partners.Application.TradingPartners;

/// <summary>Field rules of <see cref="PartnerSettingsDto"/>; cross-field rules (X12 needs envelope ids) are business rules.</summary>
internal sealed class PartnerSettingsValidator : AbstractValidator<PartnerSettingsDto>
{
    public PartnerSettingsValidator()
    {
        RuleFor(s => s.Environment).MaximumLength(LongestOf(SettingNames.Environments)).Must(e => SettingNames.ParseEnvironment(e) is not null)
            .WithMessage($"Environment must be one of: {string.Join(", ", SettingNames.Environments)}.");
        RuleFor(s => s.IsaQualifier).Length(2).Matches("^[A-Za-z0-9]{2}$").WithMessage("The ISA qualifier has two characters, e.g. ZZ or 01.");
        RuleFor(s => s.IsaId).MaximumLength(15).Matches("^[A-Za-z0-9 ._-]*$");
        RuleFor(s => s.GsApplicationId).MaximumLength(15).Matches("^[A-Za-z0-9 ._-]*$");
        RuleFor(s => s.X12Version).Length(6).Matches("^[0-9]{6}$").WithMessage("The X12 version has six digits, e.g. 004010.");
        RuleFor(s => s.AcknowledgementPolicy).MaximumLength(LongestOf(SettingNames.AcknowledgementPolicies)).Must(p => SettingNames.ParseAcknowledgementPolicy(p) is not null)
            .WithMessage($"The acknowledgement policy must be one of: {string.Join(", ", SettingNames.AcknowledgementPolicies)}.");
        RuleFor(s => s.DuplicateCheckWindowHours).InclusiveBetween(0, 24 * 90);
        RuleFor(s => s.PreferredIdentifier).MaximumLength(LongestOf(PartnerSettings.Identifiers)).Must(i => PartnerSettings.Identifiers.Contains(i))
            .WithMessage($"The preferred identifier must be one of: {string.Join(", ", PartnerSettings.Identifiers)}.");
        RuleFor(s => s.PreferredUnit).NotEmpty().MaximumLength(10).Matches("^[A-Za-z0-9]{1,10}$");
        RuleFor(s => s.AcknowledgementWindowHours).InclusiveBetween(1, 24 * 30);
        RuleFor(s => s.Endpoints!).SetValidator(new PartnerTransportsValidator()).When(s => s.Endpoints is not null);
        RuleFor(s => s.Documents).NotNull().Must(d => d is null || d.Count <= 50).WithMessage("At most 50 channels.");
        RuleForEach(s => s.Documents).SetValidator(new DocumentChannelValidator());
    }

    // The longest of a closed set of names: a longer value cannot be one of them (and the OpenAPI document says so).
    private static int LongestOf(IEnumerable<string> names) => names.Max(n => n.Length);

    private sealed class DocumentChannelValidator : AbstractValidator<DocumentChannelDto>
    {
        public DocumentChannelValidator()
        {
            RuleFor(c => c.DocumentType).NotEmpty().MaximumLength(20).Matches("^[a-z0-9-]{2,20}$");
            RuleFor(c => c.Direction).MaximumLength(LongestOf(DocumentChannel.Directions)).Must(d => DocumentChannel.Directions.Contains(d))
                .WithMessage("Direction must be inbound or outbound.");
            RuleFor(c => c.Protocol).MaximumLength(LongestOf(DocumentChannel.TransportsByProtocol.Keys))
                .Must(p => DocumentChannel.TransportsByProtocol.ContainsKey(p))
                .WithMessage("Protocol must be one of: rest, webhook, x12, csv.");
            // Which transport suits the protocol is a business rule (422 partners.channel-transport-unsuitable), so the
            // field gets a width here, not the known names.
            RuleFor(c => c.Transport).MaximumLength(20);
        }
    }
}

/// <summary>Field rules of <see cref="PartnerTransportsDto"/>.</summary>
internal sealed class PartnerTransportsValidator : AbstractValidator<PartnerTransportsDto>
{
    public PartnerTransportsValidator()
    {
        RuleFor(t => t.DropFolder!).SetValidator(new DropFolderLocationValidator()).When(t => t.DropFolder is not null);
        RuleFor(t => t.Sftp!).SetValidator(new SftpServerValidator()).When(t => t.Sftp is not null);
    }
}

/// <summary>Field rules of <see cref="DropFolderLocationDto"/>.</summary>
internal sealed class DropFolderLocationValidator : AbstractValidator<DropFolderLocationDto>
{
    public DropFolderLocationValidator() => RuleFor(d => d.Path).NotEmpty().MaximumLength(400);
}

/// <summary>Field rules of <see cref="SftpServerDto"/>.</summary>
internal sealed class SftpServerValidator : AbstractValidator<SftpServerDto>
{
    public SftpServerValidator()
    {
        RuleFor(s => s.Host).NotEmpty().MaximumLength(253).Matches("^[A-Za-z0-9.:_-]+$")
            .WithMessage("The host is a DNS name or an IP address.");
        RuleFor(s => s.Port).InclusiveBetween(1, 65535);
        RuleFor(s => s.Username).NotEmpty().MaximumLength(64);
        RuleFor(s => s.CredentialName).NotEmpty().MaximumLength(64).Matches("^[A-Za-z0-9_-]{1,64}$")
            .WithMessage("The credential name is 1 to 64 letters, digits, '-' or '_' (a configuration key).");
        RuleFor(s => s.RemoteInboundPath).NotEmpty().MaximumLength(400);
        RuleFor(s => s.RemoteOutboundPath).NotEmpty().MaximumLength(400);
        RuleFor(s => s.HostKeySha256).NotEmpty().MaximumLength(51).Matches("^SHA256:[A-Za-z0-9+/]{43}=?$")
            .WithMessage("The host key fingerprint looks like SHA256:… as ssh-keygen -l prints it.");
    }
}
