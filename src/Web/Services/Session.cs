using SpecialtyAlliance.Contracts.Auth;

namespace SpecialtyAlliance.Web.Services;

/// <summary>
/// The signed-in user of this browser tab, from <c>GET /api/me</c>; the session itself is an HTTP-only cookie.
/// Signing in starts the live connection and the notification inbox; signing out — or the session expiring,
/// which any API call can reveal with a 401 — stops them.
/// </summary>
public sealed class Session
{
    private readonly ApiClient _api;
    private readonly ILiveConnection _live;
    private readonly NotificationInbox _inbox;

    public Session(ApiClient api, ILiveConnection live, NotificationInbox inbox)
    {
        _api = api;
        _live = live;
        _inbox = inbox;
        _api.Unauthorized += OnUnauthorized;
    }

    public MeResponse? Me { get; private set; }

    public bool IsSignedIn => Me is not null;

    /// <summary>Whether the last session ended by expiring (the sign-in page says so).</summary>
    public bool Expired { get; private set; }

    /// <summary>Raised when the user signs in or out.</summary>
    public event Action? Changed;

    /// <summary>Raised when an API call finds the session gone; the shell sends the person to sign in.</summary>
    public event Action? SessionExpired;

    /// <summary>Asks the API who is signed in (the cookie may outlive the page).</summary>
    public async Task RefreshAsync()
    {
        var me = await _api.GetAsync<MeResponse>("api/me");
        await SetAsync(me.Ok ? me.Value : null);
    }

    public async Task<ApiProblem?> SignInAsync(string email, string password)
    {
        var result = await _api.PostAsync<object>("api/auth/login?useCookies=true", new LoginRequest(email, password));
        if (!result.Ok)
        {
            return result.Problem;
        }

        var me = await _api.GetAsync<MeResponse>("api/me");
        if (!me.Ok)
        {
            return me.Problem;
        }

        Expired = false;
        await SetAsync(me.Value);
        return null;
    }

    public async Task SignOutAsync()
    {
        await _api.PostAsync<object>("api/auth/logout", null);
        Expired = false;
        await SetAsync(null);
    }

    private async Task SetAsync(MeResponse? me)
    {
        var wasSignedIn = IsSignedIn;
        Me = me;
        if (me is not null && !wasSignedIn)
        {
            await _live.StartAsync();
            await _inbox.StartAsync();
        }
        else if (me is null && wasSignedIn)
        {
            _inbox.Stop();
            await _live.StopAsync();
        }

        Changed?.Invoke();
    }

    private void OnUnauthorized()
    {
        if (!IsSignedIn)
        {
            return;
        }

        Expired = true;
        _ = SetAsync(null);
        SessionExpired?.Invoke();
    }
}
