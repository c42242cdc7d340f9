using Distribution.Modules.Partners.Application.Abstractions;
using Distribution.Modules.Partners.Contracts.TradingPartners;
using Distribution.Modules.Partners.Domain.TradingPartners;

namespace Distribution.Modules.Partners.Application.TradingPartners;

/// <summary>The X12 partners among the trading-partner profiles, in the shape the EDI engine reads.</summary>
internal static class EdiPartnerMapping
{
    private const int PageSize = 500;

    /// <summary>Every profile with an X12 channel and complete envelope ids.</summary>
    public static async Task<IReadOnlyList<EdiPartner>> LoadAllAsync(ITradingPartnerRepository profiles, CancellationToken cancellationToken)
    {
        var partners = new List<EdiPartner>();
        Guid? after = null;
        while (true)
        {
            var page = await profiles.ListAsync(after, kind: null, onlyPartnerId: null, PageSize, cancellationToken);
            partners.AddRange(page.Select(From).OfType<EdiPartner>());
            if (page.Count < PageSize)
            {
                return partners;
            }

            after = page[^1].Id;
        }
    }

    /// <summary>The profile as an <see cref="EdiPartner"/>, or null when it exchanges no X12.</summary>
    public static EdiPartner? From(TradingPartnerProfile profile)
    {
        var s = profile.Settings;
        if (!s.UsesX12 || s.IsaQualifier is null || s.IsaId is null || s.GsApplicationId is null || s.X12Version is null)
        {
            return null;
        }

        var sftp = s.Endpoints?.Sftp;
        return new EdiPartner(
            profile.Id, profile.PartnerId, SettingNames.Of(profile.PartnerKind), profile.Name,
            s.Environment == PartnerEnvironment.Test,
            s.IsaQualifier, s.IsaId.Trim(), s.GsApplicationId, s.X12Version,
            s.AcknowledgementPolicy switch
            {
                AcknowledgementPolicy.Always => EdiAcknowledgementPolicy.Always,
                AcknowledgementPolicy.OnError => EdiAcknowledgementPolicy.OnError,
                _ => EdiAcknowledgementPolicy.None,
            },
            TimeSpan.FromHours(s.DuplicateCheckWindowHours),
            TimeSpan.FromHours(s.AcknowledgementWindowHours),
            s.Documents.Where(d => d.Protocol == "x12" && d.Transport is not null)
                .Select(d => new EdiChannel(d.DocumentType, d.Direction, d.Transport!)).ToList(),
            s.Endpoints?.DropFolder?.Path,
            sftp is null ? null : new EdiSftpServer(sftp.Host, sftp.Port, sftp.Username, sftp.CredentialName,
                sftp.RemoteInboundPath, sftp.RemoteOutboundPath, sftp.HostKeySha256));
    }
}
