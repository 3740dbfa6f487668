package io.streampulse.twitchsim.oauth;

import java.util.List;
import java.util.Map;

/** The HTML of the simulated consent screen: a form that posts the decision back to /oauth2/authorize. */
final class ConsentPage {
    private ConsentPage() {
    }

    static String render(Map<String, String> params, String login, List<String> scopes) {
        StringBuilder html = new StringBuilder(1024);
        html.append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Authorize application</title></head>")
                .append("<body><h1>Authorize ").append(escape(params.get("client_id"))).append("</h1>")
                .append("<p>This application wants to access your account and:</p><ul>");
        for (String scope : scopes) {
            html.append("<li>").append(escape(scope)).append("</li>");
        }
        html.append("</ul><form method=\"post\" action=\"/oauth2/authorize\">");
        for (String field : List.of("client_id", "redirect_uri", "scope", "state", "response_type")) {
            if (params.get(field) != null) {
                html.append("<input type=\"hidden\" name=\"").append(field).append("\" value=\"")
                        .append(escape(params.get(field))).append("\">");
            }
        }
        html.append("<label>Log in as <input type=\"text\" name=\"login\" value=\"").append(escape(login))
                .append("\"></label>")
                .append("<button type=\"submit\" name=\"decision\" value=\"approve\" id=\"approve\">Authorize</button>")
                .append("<button type=\"submit\" name=\"decision\" value=\"deny\" id=\"deny\">Cancel</button>")
                .append("</form></body></html>");
        return html.toString();
    }

    static String escape(String value) {
        if (value == null) {
            return "";
        }
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
