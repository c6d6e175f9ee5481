package org.geoparks.catalogue.partner;

import java.time.LocalDate;
import java.util.List;
import org.geoparks.catalogue.testing.Fixtures;

/** Partner drafts for tests. */
public final class PartnerFixtures {

    private PartnerFixtures() {
    }

    public static Product product(String enName, Integer ocopStars) {
        return new Product(Fixtures.trilingual("Sản phẩm " + enName, enName, "产品 " + enName),
                Fixtures.trilingual("Trùng Khánh", "Trùng Khánh", "重庆县"),
                Fixtures.trilingual("Quà của bản", "A gift of the village", "村寨的礼物"),
                Fixtures.trilingual("Hạt dẻ", "Chestnuts", "板栗"),
                Fixtures.trilingual("Ăn ngay", "Eat as it is", "直接食用"),
                Fixtures.trilingual("Nơi khô ráo", "Keep dry", "干燥保存"),
                ocopStars);
    }

    public static PartnerDraft ocopProducer(String id, List<Product> products) {
        return new PartnerDraft(id, "non-nuoc-cao-bang", PartnerType.OCOP_PRODUCER, true,
                Fixtures.trilingual("Hợp tác xã mẫu", "Sample cooperative", "示例合作社"),
                Fixtures.trilingual("Bản ghi mẫu", "A sample record", "示例记录"),
                List.of("zh-Hans"),
                new Certification("GP-CB-2024-007", LocalDate.of(2027, 12, 31)),
                new Contact("+84 000 000 000", "sample@example.org", "https://example.org/partners/sample"),
                List.of("vi", "en"), Fixtures.point(106.7005, 22.8301), products, List.of("test"), "±1 km");
    }
}
