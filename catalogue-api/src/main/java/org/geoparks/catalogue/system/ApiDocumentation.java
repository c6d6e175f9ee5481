package org.geoparks.catalogue.system;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the catalogue API's OpenAPI document ({@code /api/openapi}) says of itself. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    @Bean
    OpenAPI catalogueApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Geopark heritage catalogue API")
                        .version("1")
                        .description("Parks, the audio guide, search, routes for tour operators and editing for park managers. "
                                + "Reads are public; writes need a bearer token from POST /api/v1/auth/token. Errors are RFC 9457 "
                                + "problem documents. The map service (OGC API – Features) is described at /ogc/api.")
                        .license(new License().name("Code: Apache-2.0; data: see the catalogue's sources")))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")));
    }
}
