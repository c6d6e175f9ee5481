-- VN-2000 provincial 3-degree TM zones (EPSG:9205-9218) are missing from PostGIS 3.3's
-- spatial_ref_sys. Naming the authority code is enough: PostGIS asks PROJ for the definition.
INSERT INTO spatial_ref_sys (srid, auth_name, auth_srid)
SELECT code, 'EPSG', code FROM generate_series(9205, 9218) AS code
ON CONFLICT (srid) DO NOTHING;
