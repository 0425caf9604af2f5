using SpecialtyAlliance.Contracts.Auth;

namespace SpecialtyAlliance.Web.Services;

/// <summary>The signed-in user of this browser tab, from GET /api/me; the session itself is an HTTP-only cookie.</summary>
public sealed class Session(ApiClient api)
{
    public MeResponse? Me { get; private set; }

    public bool IsSignedIn => Me is not null;

    public event Action? Changed;

    /// <summary>Asks the API who is signed in (the cookie may outlive the page).</summary>
    public async Task RefreshAsync()
    {
        var me = await api.GetAsync<MeResponse>("api/me");
        Me = me.Ok ? me.Value : null;
        Changed?.Invoke();
    }

    public async Task<ApiProblem?> SignInAsync(string email, string password)
    {
        var result = await api.PostAsync<object>("api/auth/login?useCookies=true", new LoginRequest(email, password));
        if (!result.Ok)
        {
            return result.Problem;
        }

        await RefreshAsync();
        return null;
    }

    public async Task SignOutAsync()
    {
        await api.PostAsync<object>("api/auth/logout", null);
        Me = null;
        Changed?.Invoke();
    }
}
