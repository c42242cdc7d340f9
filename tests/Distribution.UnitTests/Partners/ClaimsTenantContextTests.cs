using System.Security.Claims;
using Distribution.BuildingBlocks.Application.Errors;
using Distribution.BuildingBlocks.Application.Tenancy;
using Distribution.BuildingBlocks.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Http;

namespace Distribution.UnitTests.Partners;

[TestFixture]
public sealed class ClaimsTenantContextTests
{
    private static ClaimsTenantContext ContextFor(params Claim[] claims)
    {
        var accessor = Substitute.For<IHttpContextAccessor>();
        accessor.HttpContext.Returns(new DefaultHttpContext { User = new ClaimsPrincipal(new ClaimsIdentity(claims, "test")) });
        return new ClaimsTenantContext(accessor);
    }

    [Test]
    public void CustomerKey_SeesOnlyItsOwnCustomer()
    {
        var tenant = ContextFor(new Claim("client_kind", "customer"), new Claim("partner_id", "C-1"));

        Assert.That(tenant.IsRestricted, Is.True);
        Assert.That(tenant.CanSee("customer", "C-1"), Is.True);
        Assert.That(tenant.CanSee("customer", "C-2"), Is.False);
        Assert.That(tenant.CanSee("supplier", "C-1"), Is.False);
    }

    [Test]
    public void AdminKey_IsNeverRestricted_EvenWithAPartnerId()
    {
        var tenant = ContextFor(new Claim("client_kind", "admin"), new Claim("partner_id", "C-1"));

        Assert.That(tenant.IsRestricted, Is.False);
        Assert.That(tenant.CanSee("customer", "C-2"), Is.True);
    }

    [Test]
    public void OutsideARequest_NobodyIsRestricted()
    {
        var tenant = new ClaimsTenantContext(Substitute.For<IHttpContextAccessor>());

        Assert.That(tenant.IsRestricted, Is.False);
        Assert.That(tenant.OnlyVisibleOwner("customer"), Is.Null);
    }

    [Test]
    public void EnsureCanSee_ForAnotherTenant_ThrowsNotFound_NotForbidden()
    {
        var tenant = ContextFor(new Claim("client_kind", "customer"), new Claim("partner_id", "C-1"));

        Assert.Throws<NotFoundException>(() => tenant.EnsureCanSee("customer", "C-2", "Customer", "C-2"));
        Assert.That(tenant.OnlyVisibleOwner("customer"), Is.EqualTo("C-1"));
        Assert.That(tenant.OnlyVisibleOwner("supplier"), Is.EqualTo(TenantContextExtensions.NoOwner));
    }
}
